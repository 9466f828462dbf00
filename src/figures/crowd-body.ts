import { BufferGeometry, Float32BufferAttribute, IcosahedronGeometry, OctahedronGeometry, Vector3 } from 'three';
import { mergeGeometries, mergeVertices } from 'three/addons/utils/BufferGeometryUtils.js';
import { BODY_TYPES, type BodyKind, type BodyType } from './body-types';
import { CROWD_BONE, CROWD_SLOT, type CrowdDetail } from './crowd-detail';
import { ring, shell, tubeRows, type CornerTag } from './crowd-shell';
import { headBack, headFront, headWidth } from './head-shape';
import { boneSpecs, jointsOf, type BoneSpec } from './skeleton';
import { torsoSection } from './torso-geometry';

const Y = new Vector3(0, 1, 0);
const X = new Vector3(1, 0, 0);
const Z = new Vector3(0, 0, 1);
const smooth = (a: number, b: number, x: number) => {
  const k = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return k * k * (3 - 2 * k);
};

/** A piece of the body and how its corners follow the crowd's bones: (bone, bend) per corner. */
interface Piece {
  geometry: BufferGeometry;
  rig: (p: Vector3) => [number, number];
}

const bone = (specs: BoneSpec[], name: string) => specs.find((s) => s.name === name)!;
const tagged = (slot: number, shade = 1) => (): CornerTag => ({ slot, shade });

/** The coat over the torso, from its hem to the base of the neck, on the figure's own profile. */
function coat(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const span = j.neckBase - j.hips;
  const rows = d.coatRings.map((f) => {
    const { rx, rz, zc } = torsoSection(body, f);
    return ring(new Vector3(0, j.hips + f * span, zc), X, Z, rx, rz, d.round);
  });
  // Darker low down and under the arms, where the sky's light does not reach.
  const tag = (_r: number, _s: number, p: Vector3): CornerTag => ({ slot: CROWD_SLOT.coat, shade: 0.72 + 0.28 * smooth(j.knee, j.chest, p.y) });
  const geometry = shell(rows, tag, { start: new Vector3(0, j.hips + d.coatRings[0]! * span + 0.02, 0), end: new Vector3(0, j.neckBase + 0.01, 0) });
  return { geometry, rig: (p) => (p.y > j.spine - 0.12 ? [CROWD_BONE.chest, smooth(j.spine - 0.12, j.spine + 0.12, p.y)] : [CROWD_BONE.root, 1]) };
}

/** A point of the head's profile ring at height t (head units), as an ellipse: width, front and back from head-shape. */
function headRing(body: BodyType, t: number, grow: number, segments: number, youth: number): Vector3[] {
  const j = jointsOf(body);
  const h = body.head;
  const full = 1 + youth * 0.14 * Math.max(0, 1 - t / 0.55);
  const front = headFront(t) + grow;
  const back = headBack(t) - grow;
  return ring(new Vector3(0, j.chin + t * h, ((front + back) / 2) * h), X, Z, (headWidth(t) * full + grow) * h, ((front - back) / 2) * h, segments);
}

/** The neck and head in one shell; the back and crown painted as hair where no hair shell covers them. */
function head(body: BodyType, d: CrowdDetail, youth: number): Piece {
  const j = jointsOf(body);
  const h = body.head;
  const neck = h * 0.24;
  const rows = [ring(new Vector3(0, j.neckBase - 0.05, -0.01), X, Z, neck, neck, d.round), ...d.headRings.map((t) => headRing(body, t, 0, d.round, youth))];
  const hairline = (p: Vector3) => (p.z > 0 ? 0.8 : 0.3);
  const tag = (r: number, s: number, p: Vector3): CornerTag => {
    const t = (p.y - j.chin) / h;
    const faceFront = s >= 0 && p.z > 0.1 * h && Math.abs(p.x) < 0.2 * h;
    // The brow's shadow over the eyes and the shade under the chin give a face at a distance.
    const shade = faceFront && t > 0.4 && t < 0.65 ? 0.78 : r === 0 ? 0.8 : 1;
    // Without hair or hat shells, the crown is painted: the hat's colour where one is worn.
    if (!d.hairShell && (s < 0 || t > 0.7)) return { slot: CROWD_SLOT.crown, shade };
    return { slot: r >= 1 && t > hairline(p) ? CROWD_SLOT.hair : CROWD_SLOT.skin, shade };
  };
  const geometry = shell(rows, tag, { end: new Vector3(0, j.chin + h * 1.0, -0.02 * h) });
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
function hairShell(body: BodyType, d: CrowdDetail, youth: number): Piece {
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
function longHair(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const h = body.head;
  const rows = [0.7, -0.25].map((t, r) => {
    const y = j.chin + t * h;
    const half = 0.31 * h + 0.02 * r;
    return Array.from({ length: d.limbRound + 1 }, (_, s) => {
      const a = Math.PI * (1.12 + (0.76 * s) / d.limbRound);
      return new Vector3(Math.cos(a) * half, y, -0.04 * h + Math.sin(a) * (0.4 * h + 0.02 * r));
    });
  });
  // A half shell: two rows per ring (outer, inner) so it has thickness and no open back face.
  const inner = rows.map((row) => row.map((p) => p.clone().multiply(new Vector3(0.85, 1, 0.85))).reverse());
  const closed = rows.map((row, r) => [...row, ...inner[r]!]);
  const geometry = shell(closed, tagged(CROWD_SLOT.longHair));
  return { geometry, rig: headRig(body) };
}

/** A sleeve from the shoulder to the wrist and a hand; the far detail has no elbow. */
function arm(body: BodyType, specs: BoneSpec[], d: CrowdDetail, side: 'L' | 'R'): Piece[] {
  const sx = side === 'L' ? 1 : -1;
  const upper = bone(specs, `upperArm_${side}`);
  const fore = bone(specs, `foreArm_${side}`);
  const hand = bone(specs, `hand_${side}`);
  const start = upper.at.clone().add(new Vector3(-sx * 0.05, -0.02, 0));
  const points = d.elbows ? [start, upper.tail, fore.tail] : [start, fore.tail];
  const b = body.build;
  const rows = tubeRows(points, (u) => [(0.062 - 0.022 * u) * b, (0.066 - 0.022 * u) * b], d.limbRound);
  // Without a hand shell, the sleeve's end closes on a point painted as the hand.
  const end = d.hands ? undefined : hand.tail.clone();
  const sleeve = shell(rows, (_r, s, p) => ({ slot: s < 0 && p.y < fore.tail.y ? CROWD_SLOT.skin : CROWD_SLOT.coat, shade: 0.8 + 0.2 * smooth(fore.tail.y, upper.at.y, p.y) }), { start: d.hands ? start.clone().add(new Vector3(sx * 0.02, 0.03, 0)) : undefined, end });
  const upperDir = upper.tail.clone().sub(upper.at);
  const foreDir = fore.tail.clone().sub(fore.at);
  const [upperBone, foreBone] = side === 'L' ? [CROWD_BONE.upperArmL, CROWD_BONE.foreArmL] : [CROWD_BONE.upperArmR, CROWD_BONE.foreArmR];
  const rig = (p: Vector3): [number, number] => {
    const along = p.clone().sub(fore.at).dot(foreDir) / foreDir.lengthSq();
    if (d.elbows && along > -0.15) return [foreBone, smooth(-0.15, 0.15, along)];
    return [upperBone, smooth(-0.1, 0.2, p.clone().sub(upper.at).dot(upperDir) / upperDir.lengthSq())];
  };
  const pieces: Piece[] = [{ geometry: sleeve, rig }];
  if (d.hands) {
    const tip = hand.tail.clone().add(new Vector3(0, -body.hand * 0.45, 0.01));
    const s = body.hand / 0.19;
    const rowsHand = tubeRows([fore.tail.clone().lerp(fore.at, 0.08), hand.at.clone().lerp(hand.tail, 0.6)], () => [0.03 * s, 0.042 * s], d.limbRound);
    pieces.push({ geometry: shell(rowsHand, tagged(CROWD_SLOT.skin, 0.9), { end: tip }), rig: () => [d.elbows ? foreBone : upperBone, 1] });
  }
  return pieces;
}

/** A trouser leg from under the coat to the ankle, and a shoe. */
function leg(body: BodyType, specs: BoneSpec[], d: CrowdDetail, side: 'L' | 'R'): Piece[] {
  const up = bone(specs, `upLeg_${side}`);
  const low = bone(specs, `leg_${side}`);
  const foot = bone(specs, `foot_${side}`);
  const top = up.at.clone().add(new Vector3(0, 0.06, 0));
  const points = d.knees ? [top, up.tail, low.tail] : [top, low.tail];
  const b = body.build * (body.hips / 0.092) ** 0.5;
  const rows = tubeRows(points, (u) => [(0.085 - 0.035 * u) * b, (0.088 - 0.035 * u) * b], d.limbRound);
  const shin = low.tail.clone().sub(low.at);
  const thigh = up.tail.clone().sub(up.at);
  const [upBone, lowBone] = side === 'L' ? [CROWD_BONE.upLegL, CROWD_BONE.legL] : [CROWD_BONE.upLegR, CROWD_BONE.legR];
  const rig = (p: Vector3): [number, number] => {
    const along = p.clone().sub(low.at).dot(shin) / shin.lengthSq();
    if (d.knees && along > -0.12) return [lowBone, smooth(-0.12, 0.12, along)];
    return [upBone, smooth(-0.1, 0.2, p.clone().sub(up.at).dot(thigh) / thigh.lengthSq())];
  };
  const trouser = shell(rows, (r) => ({ slot: d.shoes || r < rows.length - 1 ? CROWD_SLOT.trousers : CROWD_SLOT.shoes, shade: 0.7 }), { end: d.shoes ? undefined : new Vector3(low.tail.x, 0, low.tail.z + 0.05) });
  const pieces: Piece[] = [{ geometry: trouser, rig }];
  if (d.shoes) {
    const k = body.height / 1.86;
    const x = foot.at.x;
    const sole = [new Vector3(x, 0.05 * k, foot.at.z - 0.03 * k), new Vector3(x, 0.045 * k, foot.at.z + 0.12 * k)];
    const rowsShoe = tubeRows(sole, (u) => [(0.045 - 0.012 * u) * k, (0.05 - 0.02 * u) * k], d.limbRound);
    const geometry = shell(rowsShoe, tagged(CROWD_SLOT.shoes, 0.8), { start: sole[0]!.clone().add(new Vector3(0, 0, -0.04 * k)), end: sole[1]!.clone().add(new Vector3(0, -0.01, 0.08 * k)) });
    pieces.push({ geometry, rig: () => [d.knees ? lowBone : upBone, 1] });
  }
  return pieces;
}

/** A scarf (or, for the people with none, the coat's turned-up collar) round the base of the neck. */
function scarf(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const r = body.head * 0.29;
  const rows = [[-0.05, 0.85], [-0.01, 1.15], [0.035, 0.95]].map(([dy, k]) => ring(new Vector3(0, j.neckBase + dy!, -0.012), X, Z, r * k!, r * k! * 1.05, d.round));
  return { geometry: shell(rows, tagged(CROWD_SLOT.scarf, 0.92)), rig: () => [CROWD_BONE.chest, 1] };
}

/** A hat: a fedora (crown and brim) or a knitted beanie, each shown only on the people wearing it. */
function hats(body: BodyType, d: CrowdDetail): Piece[] {
  const pieces: Piece[] = [];
  const j = jointsOf(body);
  const h = body.head;
  const at = (t: number, grow: number) => headRing(body, t, grow, d.round, 0);
  const brimY = j.chin + 0.8 * h;
  const band = (row: Vector3[], k: number, dy: number) => row.map((p) => new Vector3(p.x * k, brimY + dy, (p.z + 0.02 * h) * k - 0.02 * h));
  const crownBase = at(0.8, 0.035);
  const crown = d.hairShell ? [band(crownBase, 1, -0.004), band(crownBase, 1, 0.12 * h)] : [band(crownBase, 1, 0.04 * h)];
  if (d.fedora) {
    const geometry = shell([band(crownBase, 1.55, -0.004), ...crown, band(crownBase, 0.92, 0.3 * h)], (r) => ({ slot: CROWD_SLOT.fedora, shade: r === 1 ? 0.55 : 1 }), { end: new Vector3(0, brimY + 0.27 * h, -0.02 * h) });
    pieces.push({ geometry, rig: headRig(body) });
  }
  if (d.beanie) {
    const geometry = shell([at(0.62, 0.04), at(0.85, 0.05)], (r) => ({ slot: CROWD_SLOT.beanie, shade: r === 0 ? 0.8 : 1 }), { end: new Vector3(0, j.chin + 1.08 * h, -0.03 * h) });
    pieces.push({ geometry, rig: headRig(body) });
  }
  return pieces;
}

/** The cloud a businessman shapes in front of his chest (shown only for them; the shader grows and frees it). */
export const CLOUD_CENTRE = new Vector3(0, 1.2, 0.5);
function cloud(d: CrowdDetail): Piece {
  const puffs = d.cloudPuffs === 1 ? [new OctahedronGeometry(0.16, 0)] : Array.from({ length: d.cloudPuffs }, (_, i) => new IcosahedronGeometry(0.14 - 0.03 * i, 0).translate((i - 0.5) * 0.14, i * 0.05, 0));
  const merged = mergeVertices(mergeGeometries(puffs.map((g) => (g.deleteAttribute('uv'), g.deleteAttribute('normal'), g)))!);
  puffs.forEach((g) => g.dispose());
  merged.translate(CLOUD_CENTRE.x, CLOUD_CENTRE.y, CLOUD_CENTRE.z);
  merged.computeVertexNormals();
  merged.setAttribute('aTag', new Float32BufferAttribute(new Float32Array(merged.getAttribute('position').count * 2).map((_, i) => (i % 2 ? 1 : CROWD_SLOT.cloud)), 2));
  return { geometry: merged, rig: () => [CROWD_BONE.root, 1] };
}

/**
 * One person of the crowd at a level of detail: the figure system's skeleton and profiles (torso
 * sections, head shape, limb lengths) swept at a few corners each. Attributes: position, normal,
 * and `aRig` (bone, bend, slot, shade). Faces -Z with its left at -X, as the crowd's shader expects.
 * The same detail gives the same corners in the same order for every body kind.
 */
export function buildCrowdBody(kind: BodyKind, d: CrowdDetail): BufferGeometry {
  const body = BODY_TYPES[kind];
  const specs = boneSpecs(body);
  const youth = kind === 'child' ? 1 : 0;
  const pieces: Piece[] = [coat(body, d), head(body, d, youth), ...arm(body, specs, d, 'L'), ...arm(body, specs, d, 'R'), ...leg(body, specs, d, 'L'), ...leg(body, specs, d, 'R')];
  if (d.hairShell) pieces.push(hairShell(body, d, youth));
  if (d.longHair) pieces.push(longHair(body, d));
  if (d.scarf) pieces.push(scarf(body, d));
  pieces.push(...hats(body, d));
  if (d.cloudPuffs > 0) pieces.push(cloud(d));
  const point = new Vector3();
  for (const { geometry, rig } of pieces) {
    const position = geometry.getAttribute('position');
    const tag = geometry.getAttribute('aTag');
    const values = new Float32Array(position.count * 4);
    for (let i = 0; i < position.count; i += 1) {
      const [b, bend] = rig(point.fromBufferAttribute(position, i));
      values.set([b, bend, tag.getX(i), tag.getY(i)], i * 4);
    }
    geometry.setAttribute('aRig', new Float32BufferAttribute(values, 4));
    geometry.deleteAttribute('aTag');
  }
  const merged = mergeGeometries(pieces.map((p) => p.geometry));
  pieces.forEach((p) => p.geometry.dispose());
  if (!merged) throw new Error('Could not merge a crowd body');
  // Turned to face -Z (the crowd's heading 0), its left to -X.
  return merged.rotateY(Math.PI);
}

/** The joints the crowd's bones turn about, per CROWD_BONE, facing -Z as the bodies do. */
export function crowdJoints(kind: BodyKind): Vector3[] {
  const body = BODY_TYPES[kind];
  const specs = boneSpecs(body);
  const j = jointsOf(body);
  const at = (name: string) => bone(specs, name).at.clone();
  const joints = [new Vector3(), new Vector3(0, j.spine, 0), new Vector3(0, j.neckBase, 0), at('upperArm_L'), at('foreArm_L'), at('upperArm_R'), at('foreArm_R'), at('upLeg_L'), at('leg_L'), at('upLeg_R'), at('leg_R')];
  return joints.map((p) => p.applyAxisAngle(Y, Math.PI));
}

export { CROWD_BONE, CROWD_SLOT };
