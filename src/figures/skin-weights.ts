import { BufferGeometry, Float32BufferAttribute, Uint16BufferAttribute, Vector3 } from 'three';
import type { BoneSpec } from './skeleton';

const closest = new Vector3();
const segment = new Vector3();
const p = new Vector3();

/** Distance from a point to a bone's segment (joint to tail). */
export function distanceToBone(point: Vector3, spec: BoneSpec): number {
  segment.subVectors(spec.tail, spec.at);
  const lengthSq = segment.lengthSq() || 1e-9;
  const u = Math.min(1, Math.max(0, p.subVectors(point, spec.at).dot(segment) / lengthSq));
  closest.copy(spec.at).addScaledVector(segment, u);
  return point.distanceTo(closest);
}

/**
 * Skin weights for a part, from each vertex's distance to the bones it may follow: nearer bones
 * weigh more, falling off smoothly, so joints bend over a few centimetres instead of creasing.
 * The four strongest are kept and normalised to sum to 1.
 */
export function weighPart(geometry: BufferGeometry, specs: BoneSpec[], allowed: readonly string[], softness = 0.025): void {
  const position = geometry.getAttribute('position');
  const count = position.count;
  const indices = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  const candidates = allowed.map((name) => {
    const i = specs.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`No bone named ${name}`);
    return i;
  });
  const scored: { bone: number; w: number }[] = candidates.map((bone) => ({ bone, w: 0 }));
  const point = new Vector3();
  for (let v = 0; v < count; v += 1) {
    point.fromBufferAttribute(position, v);
    let nearest = Infinity;
    for (const s of scored) nearest = Math.min(nearest, distanceToBone(point, specs[s.bone]!));
    for (const s of scored) {
      const d = distanceToBone(point, specs[s.bone]!) - nearest;
      s.w = Math.exp(-((d / softness) ** 2));
    }
    const top = [...scored].sort((a, b) => b.w - a.w).slice(0, 4);
    const sum = top.reduce((a, s) => a + s.w, 0);
    top.forEach((s, k) => {
      indices[v * 4 + k] = s.bone;
      weights[v * 4 + k] = s.w / sum;
    });
  }
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(indices, 4));
  geometry.setAttribute('skinWeight', new Float32BufferAttribute(weights, 4));
}

/** A part that moves with one bone only (a nose, an eye, a shoe's sole). */
export function bindRigid(geometry: BufferGeometry, specs: BoneSpec[], bone: string): void {
  weighPart(geometry, specs, [bone]);
}
