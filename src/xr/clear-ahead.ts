import { Ray, type Vector3 } from 'three';
import { runtime } from '../app/runtime';

const ray = new Ray();

/**
 * Metres from `from` along the unit `direction` to the first solid of the staged scene (its
 * collision world, the walls the body cannot pass), Infinity when nothing is in the way.
 */
export function clearAhead(from: Vector3, direction: Vector3): number {
  const world = runtime.world;
  if (!world) return Infinity;
  const hit = world.rayIntersect(ray.set(from, direction));
  return hit ? hit.distance : Infinity;
}
