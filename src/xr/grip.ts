import { useGetXRSpaceMatrix, useXRInputSourceState } from '@react-three/xr';
import { Matrix4, type Object3D } from 'three';
import { xrRuntime } from './xr-runtime';

/** Reads a grip's pose (tracking space) into a matrix for this frame; false when it is not tracked. */
export type GripReader = (out: Matrix4, frame: XRFrame | undefined) => boolean;

/** The grip of one hand: its controller's, or its tracked hand's when no controller is held. */
export function useGrip(handedness: XRHandedness): GripReader | undefined {
  const controller = useXRInputSourceState('controller', handedness);
  const hand = useXRInputSourceState('hand', handedness);
  return useGetXRSpaceMatrix((controller ?? hand)?.inputSource.gripSpace);
}

const grip = new Matrix4();

/**
 * Writes into `out` the world matrix of a thing held at `inGrip` (grip space) in the hand this
 * frame. False when the hand is not tracked or there is no XR origin.
 */
export function heldInWorld(read: GripReader | undefined, frame: XRFrame | undefined, inGrip: Matrix4, out: Matrix4): boolean {
  const origin = xrRuntime.origin;
  if (!read || !origin || !read(grip, frame)) return false;
  origin.updateWorldMatrix(true, false);
  out.multiplyMatrices(origin.matrixWorld, grip).multiply(inGrip);
  return true;
}

const parentInverse = new Matrix4();

/** Puts an object with `matrixAutoUpdate` off at a world matrix, whatever it hangs from. */
export function placeInWorld(object: Object3D, world: Matrix4): void {
  object.matrix.copy(world);
  if (!object.parent) return;
  object.parent.updateWorldMatrix(true, false);
  object.matrix.premultiply(parentInverse.copy(object.parent.matrixWorld).invert());
}
