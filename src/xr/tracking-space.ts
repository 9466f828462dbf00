import { Vector3, type Object3D } from 'three';
import { xrRuntime, type TrackedPoint } from './xr-runtime';

const point = new Vector3();

/**
 * Writes a world-space point into `out` as the headset would report it: relative to the XR
 * origin (the tracking space). Rounded to the millimetre. False when there is no origin.
 */
export function toTrackingSpace(world: Vector3, out: TrackedPoint): boolean {
  const origin = xrRuntime.origin;
  if (!origin) return false;
  origin.updateWorldMatrix(true, false);
  origin.worldToLocal(point.copy(world));
  out[0] = Math.round(point.x * 1000) / 1000;
  out[1] = Math.round(point.y * 1000) / 1000;
  out[2] = Math.round(point.z * 1000) / 1000;
  return true;
}

const world = new Vector3();

/** An object's world position in the tracking space (see toTrackingSpace). */
export function objectInTrackingSpace(object: Object3D, out: TrackedPoint): boolean {
  return toTrackingSpace(object.getWorldPosition(world), out);
}
