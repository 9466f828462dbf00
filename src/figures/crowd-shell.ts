import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';

/** What each corner of a crowd body carries for the crowd's vertex shader (see crowd-body.ts). */
export interface CornerTag {
  /** Which colour the corner takes (CROWD_SLOT). */
  slot: number;
  /** Baked darkening: 1 in the open, lower under the arms, at the feet, on a hat's band. */
  shade: number;
}

/**
 * A closed low-poly surface through `rows` rows of `segments` corners each (the rows wrap round),
 * closed by a pole at either end when given. The faces are turned outward, so the rows may run
 * up or down.
 */
export function shell(rows: Vector3[][], tag: (row: number, segment: number, p: Vector3) => CornerTag, poles: { start?: Vector3; end?: Vector3 } = {}): BufferGeometry {
  const segments = rows[0]!.length;
  const points: Vector3[] = [];
  const tags: CornerTag[] = [];
  rows.forEach((row, r) => row.forEach((p, s) => (points.push(p), tags.push(tag(r, s, p)))));
  const index: number[] = [];
  for (let r = 0; r + 1 < rows.length; r += 1) {
    for (let s = 0; s < segments; s += 1) {
      const a = r * segments + s;
      const b = r * segments + ((s + 1) % segments);
      index.push(a, a + segments, b, b, a + segments, b + segments);
    }
  }
  const pole = (p: Vector3, row: number, turn: 1 | -1) => {
    const at = points.length;
    points.push(p);
    tags.push(tag(row, -1, p));
    for (let s = 0; s < segments; s += 1) {
      const [a, b] = [row * segments + s, row * segments + ((s + 1) % segments)];
      index.push(...(turn > 0 ? [a, b, at] : [b, a, at]));
    }
  };
  if (poles.start) pole(poles.start, 0, 1);
  if (poles.end) pole(poles.end, rows.length - 1, -1);
  outward(points, index);
  const geometry = new BufferGeometry();
  geometry.setAttribute(
    'position',
    new Float32BufferAttribute(
      points.flatMap((p) => [p.x, p.y, p.z]),
      3,
    ),
  );
  geometry.setAttribute(
    'aTag',
    new Float32BufferAttribute(
      tags.flatMap((t) => [t.slot, t.shade]),
      2,
    ),
  );
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  return geometry;
}

const ab = new Vector3();
const ac = new Vector3();
const normal = new Vector3();
const centroid = new Vector3();

/**
 * Turns the whole surface outward if most of it faces its centre. All of it at once, never
 * triangle by triangle: every body kind must wind its corners the same way (they share an index).
 */
function outward(points: Vector3[], index: number[]): void {
  const centre = points.reduce((sum, p) => sum.add(p), new Vector3()).divideScalar(points.length);
  let facing = 0;
  for (let i = 0; i < index.length; i += 3) {
    const [a, b, c] = [points[index[i]!]!, points[index[i + 1]!]!, points[index[i + 2]!]!];
    normal.crossVectors(ab.subVectors(b, a), ac.subVectors(c, a));
    facing += normal.dot(centroid.copy(a).add(b).add(c).divideScalar(3).sub(centre));
  }
  if (facing < 0) for (let i = 0; i < index.length; i += 3) [index[i + 1], index[i + 2]] = [index[i + 2]!, index[i + 1]!];
}

/** A ring of `segments` corners round `center`, across the plane of `side` and `front`. */
export function ring(center: Vector3, side: Vector3, front: Vector3, rx: number, rz: number, segments: number, phase = 0): Vector3[] {
  return Array.from({ length: segments }, (_, s) => {
    const a = phase + (s / segments) * Math.PI * 2;
    return center
      .clone()
      .addScaledVector(side, Math.cos(a) * rx)
      .addScaledVector(front, Math.sin(a) * rz);
  });
}

/** Rings along a polyline, each square to it, sized by `radius(u)` for u from 0 to 1. */
export function tubeRows(points: Vector3[], radius: (u: number) => [number, number], segments: number): Vector3[][] {
  return points.map((center, i) => {
    const prev = points[Math.max(0, i - 1)]!;
    const next = points[Math.min(points.length - 1, i + 1)]!;
    const axis = new Vector3().subVectors(next, prev).normalize();
    const hint = Math.abs(axis.z) > 0.9 ? new Vector3(0, 1, 0) : new Vector3(0, 0, 1);
    const side = new Vector3().crossVectors(axis, hint).normalize();
    const front = new Vector3().crossVectors(side, axis).normalize();
    const [rx, rz] = radius(i / (points.length - 1));
    return ring(center, side, front, rx, rz, segments);
  });
}

export const smooth = (a: number, b: number, x: number) => {
  const k = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return k * k * (3 - 2 * k);
};

/** A piece of a crowd body and how its corners follow the crowd's bones: (bone, bend) per corner. */
export interface Piece {
  geometry: BufferGeometry;
  rig: (p: Vector3) => [number, number];
}

/** Every corner of a piece in one colour slot. */
export const tagged =
  (slot: number, shade = 1) =>
  (): CornerTag => ({ slot, shade });
