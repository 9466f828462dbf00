import { Vector3 } from 'three';

const toTarget = new Vector3();
const bend = new Vector3();
const side = new Vector3();

/**
 * Two-bone reach: where the elbow goes for a shoulder to bring its hand to `target`, bending
 * toward `pole`. A target out of reach is met with a straight arm pointing at it.
 */
export function solveElbow(shoulder: Vector3, target: Vector3, upper: number, fore: number, pole: Vector3, elbow: Vector3): Vector3 {
  toTarget.subVectors(target, shoulder);
  const distance = Math.min(toTarget.length(), upper + fore - 1e-4);
  const along = toTarget.normalize();
  // Law of cosines: how far along the shoulder-to-hand line the elbow sits, and how far off it.
  const a = (upper * upper - fore * fore + distance * distance) / (2 * distance);
  const h = Math.sqrt(Math.max(upper * upper - a * a, 0));
  bend.copy(pole).addScaledVector(along, -pole.dot(along));
  if (bend.lengthSq() < 1e-8) bend.copy(side.set(0, 0, 1).cross(along));
  bend.normalize();
  return elbow.copy(shoulder).addScaledVector(along, a).addScaledVector(bend, h);
}
