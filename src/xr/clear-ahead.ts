import { Ray, Raycaster, type Intersection, type Vector3 } from 'three';
import { runtime } from '../app/runtime';
import { panelOccluders } from './panel-occluders';

const ray = new Ray();
const raycaster = new Raycaster();
const hits: Intersection[] = [];

/**
 * Metres from `from` along the unit `direction` to the first solid of the staged scene (its
 * collision world, the walls the body cannot pass) or the first figure standing in the way,
 * Infinity when nothing is.
 */
export function clearAhead(from: Vector3, direction: Vector3): number {
  const wall = runtime.world?.rayIntersect(ray.set(from, direction));
  let nearest = wall ? wall.distance : Infinity;
  raycaster.set(from, direction);
  for (const figure of panelOccluders) {
    if (!figure.visible) continue;
    hits.length = 0;
    raycaster.intersectObject(figure, true, hits);
    if (hits.length) nearest = Math.min(nearest, hits[0]!.distance);
  }
  return nearest;
}
