import { Vector3 } from 'three';
import type { BodyType } from './body-types';
import { CROWD_BONE, CROWD_SLOT, type CrowdDetail } from './crowd-detail';
import { ring, shell, smooth, tagged, type CornerTag, type Piece } from './crowd-shell';
import { headBack, headFront, headWidth } from './head-shape';
import { jointsOf } from './skeleton';

const X = new Vector3(1, 0, 0);
const Z = new Vector3(0, 0, 1);

/** A point of the head's profile ring at height t (head units), as an ellipse: width, front and back from head-shape. */
export function headRing(body: BodyType, t: number, grow: number, segments: number, youth: number): Vector3[] {
  const j = jointsOf(body);
  const h = body.head;
  const full = 1 + youth * 0.14 * Math.max(0, 1 - t / 0.55);
  const front = headFront(t) + grow;
  const back = headBack(t) - grow;
  return ring(new Vector3(0, j.chin + t * h, ((front + back) / 2) * h), X, Z, (headWidth(t) * full + grow) * h, ((front - back) / 2) * h, segments);
}

/** The neck and head in one shell; the back and crown painted as hair where no hair shell covers them. */
export function head(body: BodyType, d: CrowdDetail, youth: number): Piece {
  const j = jointsOf(body);
  const h = body.head;
  const neck = h * 0.24;
  const rows = [...(d.neck ? [ring(new Vector3(0, j.neckBase - 0.05, -0.01), X, Z, neck, neck, d.round)] : []), ...d.headRings.map((t) => headRing(body, t, 0, d.round, youth))];
  const first = d.neck ? 1 : 0;
  const hairline = (p: Vector3) => (p.z > 0 ? 0.8 : 0.3);
  const tag = (r: number, s: number, p: Vector3): CornerTag => {
    const t = (p.y - j.chin) / h;
    const faceFront = s >= 0 && p.z > 0.1 * h && Math.abs(p.x) < 0.2 * h;
    // The brow's shadow over the eyes and the shade under the chin give a face at a distance.
    const shade = faceFront && t > 0.4 && t < 0.65 ? 0.78 : r < first ? 0.8 : 1;
    // Without hair or hat shells, the crown is painted: the hat's colour where one is worn.
    if (!d.hairShell && t > 0.7) return { slot: CROWD_SLOT.crown, shade };
    return { slot: r >= first && t > hairline(p) ? CROWD_SLOT.hair : CROWD_SLOT.skin, shade };
  };
  const geometry = shell(rows, tag, { start: d.neck ? undefined : new Vector3(0, j.neckBase - 0.03, 0), end: new Vector3(0, j.chin + h * 1.0, -0.02 * h) });
  // A nose: the front corner of the ring below the eyes comes forward.
  const position = geometry.getAttribute('position');
  for (let i = 0; i < position.count; i += 1) {
    const t = (position.getY(i) - j.chin) / h;
    if (Math.abs(t - 0.35) < 0.1 && Math.abs(position.getX(i)) < 1e-4 && position.getZ(i) > 0) position.setZ(i, position.getZ(i) + 0.05 * h);
  }
  geometry.computeVertexNormals();
  return { geometry, rig: headRig(body) };
}

const headRig = (body: BodyType) => {
  const j = jointsOf(body);
  return (p: Vector3): [number, number] => [CROWD_BONE.head, smooth(j.neckBase - 0.04, j.chin, p.y)];
};

/** A cap of hair over the skull from the hairline back, a little proud of it. */
export function hairShell(body: BodyType, d: CrowdDetail, youth: number): Piece {
  const j = jointsOf(body);
  const h = body.head;
  const line = (a: number) => {
    const s = Math.sin(a);
    return s > 0 ? 0.62 + 0.18 * s * s : 0.62 - 0.36 * s * s;
  };
  const rows = [0, 0.5].map((k) =>
    Array.from({ length: d.round }, (_, s) => {
      const a = (s / d.round) * Math.PI * 2;
      const t = line(a) + (0.97 - line(a)) * k;
      const ellipse = headRing(body, t, 0.03, 1, youth)[0]!;
      const rx = ellipse.x;
      const centre = ((headFront(t) + headBack(t)) / 2) * h;
      const rz = ((headFront(t) - headBack(t)) / 2 + 0.03) * h;
      return new Vector3(Math.cos(a) * rx, j.chin + t * h, centre + Math.sin(a) * rz);
    }),
  );
  const geometry = shell(rows, tagged(CROWD_SLOT.hair), { end: new Vector3(0, j.chin + h * 1.04, -0.03 * h) });
  return { geometry, rig: headRig(body) };
}

/** Hair falling to the shoulders behind the head: a half shell, shown for long-haired people only. */
export function longHair(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const h = body.head;
  // Close over the back of the skull, then falling to the shoulders and narrowing at the ends.
  const rows = [
    [0.75, 0.3, 0.41],
    [0.3, 0.3, 0.4],
    [-0.2, 0.24, 0.3],
  ].map(([t, half, depth]) =>
    Array.from({ length: d.limbRound + 1 }, (_, s) => {
      const a = Math.PI * (1.12 + (0.76 * s) / d.limbRound);
      return new Vector3(Math.cos(a) * half! * h, j.chin + t! * h, -0.05 * h + Math.sin(a) * depth! * h);
    }),
  );
  // A half shell: two rows per ring (outer, inner) so it has thickness and no open back face.
  const inner = rows.map((row) => row.map((p) => p.clone().multiply(new Vector3(0.85, 1, 0.85))).reverse());
  const closed = rows.map((row, r) => [...row, ...inner[r]!]);
  const geometry = shell(closed, tagged(CROWD_SLOT.longHair));
  return { geometry, rig: headRig(body) };
}

/** A scarf (or, for the people with none, the coat's turned-up collar) round the base of the neck. */
export function scarf(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const r = body.head * 0.29;
  const rows = [
    [-0.05, 0.85],
    [-0.01, 1.15],
    [0.035, 0.95],
  ].map(([dy, k]) => ring(new Vector3(0, j.neckBase + dy!, -0.012), X, Z, r * k!, r * k! * 1.05, d.round));
  return { geometry: shell(rows, tagged(CROWD_SLOT.scarf, 0.92)), rig: () => [CROWD_BONE.chest, 1] };
}

/** A hat: a fedora (crown and brim) or a knitted beanie, each shown only on the people wearing it. */
export function hats(body: BodyType, d: CrowdDetail): Piece[] {
  const pieces: Piece[] = [];
  const j = jointsOf(body);
  const h = body.head;
  const at = (t: number, grow: number) => headRing(body, t, grow, d.round, 0);
  const brimY = j.chin + 0.8 * h;
  const band = (row: Vector3[], k: number, dy: number) => row.map((p) => new Vector3(p.x * k, brimY + dy, (p.z + 0.02 * h) * k - 0.02 * h));
  const crownBase = at(0.8, 0.035);
  const crown = d.hairShell ? [band(crownBase, 1, -0.004), band(crownBase, 1, 0.12 * h)] : [band(crownBase, 1, 0.04 * h)];
  if (d.fedora) {
    const top = d.hairShell ? [band(crownBase, 0.92, 0.3 * h)] : [];
    const geometry = shell([band(crownBase, 1.55, -0.004), ...crown, ...top], (r) => ({ slot: CROWD_SLOT.fedora, shade: r === 1 ? 0.55 : 1 }), {
      end: new Vector3(0, brimY + 0.27 * h, -0.02 * h),
    });
    pieces.push({ geometry, rig: headRig(body) });
  }
  if (d.beanie) {
    const geometry = shell([at(0.62, 0.04), at(0.85, 0.05)], (r) => ({ slot: CROWD_SLOT.beanie, shade: r === 0 ? 0.8 : 1 }), { end: new Vector3(0, j.chin + 1.08 * h, -0.03 * h) });
    pieces.push({ geometry, rig: headRig(body) });
  }
  return pieces;
}
