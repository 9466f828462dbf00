import { Euler, Quaternion, Vector3 } from 'three';
import type { PlayerPose } from '../player/pose';

/** The XR origin (the floor point the tracking space hangs from): where the app puts the room. */
export interface OriginPose {
  position: Vector3;
  /** Turn of the tracking space about Y, in radians (0 looks down -Z, positive turns left). */
  yaw: number;
}

/** The head in the tracking space (relative to the origin), as the headset reports it. */
export interface HeadLocal {
  x: number;
  y: number;
  z: number;
  yaw: number;
  pitch: number;
}

export function createOriginPose(): OriginPose {
  return { position: new Vector3(), yaw: 0 };
}

export function createHeadLocal(): HeadLocal {
  return { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };
}

const euler = new Euler(0, 0, 0, 'YXZ');
const quaternion = new Quaternion();

/** Reads a head pose from a tracked position and orientation (an XRViewerPose or the XR camera). */
export function headFrom(position: { x: number; y: number; z: number }, orientation: { x: number; y: number; z: number; w: number }, out: HeadLocal): HeadLocal {
  euler.setFromQuaternion(quaternion.set(orientation.x, orientation.y, orientation.z, orientation.w), 'YXZ');
  out.x = position.x;
  out.y = position.y;
  out.z = position.z;
  out.yaw = euler.y;
  out.pitch = euler.x;
  return out;
}

/** The point on the origin's floor under the head, in world space. */
export function feetUnderHead(origin: OriginPose, head: HeadLocal, out: Vector3): Vector3 {
  const sin = Math.sin(origin.yaw);
  const cos = Math.cos(origin.yaw);
  // Object3D.rotation.y = yaw maps a local (x, z) to (x cos + z sin, -x sin + z cos).
  return out.set(origin.position.x + head.x * cos + head.z * sin, origin.position.y, origin.position.z - head.x * sin + head.z * cos);
}

/** The player's pose in XR: the origin plus the head (feet under the head, the head's heading). */
export function composePose(origin: OriginPose, head: HeadLocal, pose: PlayerPose): PlayerPose {
  feetUnderHead(origin, head, pose.position);
  pose.yaw = origin.yaw + head.yaw;
  pose.pitch = head.pitch;
  return pose;
}

/**
 * The inverse: places the origin so that the head stands on `pose` and looks its way. Used when a
 * session starts (the player stays where they were) and when the story places the player (a spawn).
 */
export function alignOrigin(pose: Pick<PlayerPose, 'position' | 'yaw'>, head: HeadLocal, origin: OriginPose): OriginPose {
  origin.yaw = pose.yaw - head.yaw;
  const sin = Math.sin(origin.yaw);
  const cos = Math.cos(origin.yaw);
  origin.position.set(pose.position.x - (head.x * cos + head.z * sin), pose.position.y, pose.position.z - (-head.x * sin + head.z * cos));
  return origin;
}

const pivot = new Vector3();

/** Turns the origin by `angle` about the head, so the head stays where it is (no sideways lurch). */
export function turnAroundHead(origin: OriginPose, head: HeadLocal, angle: number): OriginPose {
  feetUnderHead(origin, head, pivot);
  const yaw = origin.yaw + angle;
  return alignOrigin({ position: pivot, yaw: yaw + head.yaw }, head, origin);
}

/** Snap turn state: a flick of the stick turns once; it must come back to centre to turn again. */
export interface SnapTurn {
  armed: boolean;
}

const SNAP_PRESS = 0.6;
const SNAP_RELEASE = 0.3;

/** Radians to turn this frame from the right stick's x (right is +1): -angle, +angle or 0. */
export function snapTurnStep(state: SnapTurn, stickX: number, angle: number): number {
  if (Math.abs(stickX) < SNAP_RELEASE) {
    state.armed = true;
    return 0;
  }
  if (!state.armed || Math.abs(stickX) < SNAP_PRESS) return 0;
  state.armed = false;
  // Stick right turns right, which is a negative yaw.
  return stickX > 0 ? -angle : angle;
}
