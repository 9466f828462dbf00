import { Vector3 } from 'three';
import { Capsule } from 'three/addons/math/Capsule.js';
import type { Octree } from 'three/addons/math/Octree.js';
import type { PlayerPose } from './pose';

/** What the player asks for this frame, whichever the input device. */
export interface MoveIntent {
  /** -1 back to 1 forward. */
  forward: number;
  /** -1 left to 1 right. */
  strafe: number;
}

export const WALK_SPEED = 2.6;
export const CAPSULE_RADIUS = 0.3;
const CAPSULE_HEIGHT = 1.7;
const GRAVITY = 20;
/** Longer frames are cut to this: a stalled tab must not fling the player. */
export const MAX_FRAME_SECONDS = 0.25;
/** Each substep moves at most WALK_SPEED * this, well under a wall's thickness. */
const SUBSTEP_SECONDS = 1 / 120;
const FLOOR_NORMAL_Y = 0.5;
/** Below this the player has fallen out of the world. */
const FALL_LIMIT = -30;

const capsule = new Capsule();
const wish = new Vector3();
const step = new Vector3();

/**
 * Moves the pose by the intent for `seconds`, against the world's octree: capped, split into
 * substeps so that no frame rate lets the capsule tunnel through a wall. Returns false when
 * the player fell out of the world (the caller puts them back at the spawn).
 */
export function stepMovement(pose: PlayerPose, intent: MoveIntent, seconds: number, world: Octree): boolean {
  const total = Math.min(Math.max(seconds, 0), MAX_FRAME_SECONDS);
  const steps = Math.max(1, Math.ceil(total / SUBSTEP_SECONDS));
  const dt = total / steps;
  desiredVelocity(pose.yaw, intent, wish);
  for (let i = 0; i < steps; i += 1) substep(pose, wish, dt, world);
  return pose.position.y > FALL_LIMIT;
}

/** Horizontal velocity for an intent at a heading; diagonal input is not faster. */
export function desiredVelocity(yaw: number, intent: MoveIntent, out: Vector3): Vector3 {
  const length = Math.hypot(intent.forward, intent.strafe);
  const scale = length > 1 ? 1 / length : 1;
  const f = intent.forward * scale;
  const s = intent.strafe * scale;
  const sin = Math.sin(yaw);
  const cos = Math.cos(yaw);
  // Forward is -Z at yaw 0; right is +X.
  return out.set((-sin * f + cos * s) * WALK_SPEED, 0, (-cos * f - sin * s) * WALK_SPEED);
}

function substep(pose: PlayerPose, wishVelocity: Vector3, dt: number, world: Octree): void {
  pose.velocity.x = wishVelocity.x;
  pose.velocity.z = wishVelocity.z;
  // Gravity always pulls, so a player standing still keeps touching (and knowing) the floor.
  pose.velocity.y -= GRAVITY * dt;
  capsuleAt(pose.position, capsule);
  capsule.translate(step.copy(pose.velocity).multiplyScalar(dt));
  pose.onFloor = false;
  const hit = world.capsuleIntersect(capsule);
  if (hit) {
    pose.onFloor = hit.normal.y > FLOOR_NORMAL_Y;
    if (pose.onFloor) pose.velocity.y = 0;
    else pose.velocity.addScaledVector(hit.normal, -hit.normal.dot(pose.velocity));
    capsule.translate(hit.normal.multiplyScalar(hit.depth));
  }
  pose.position.set(capsule.start.x, capsule.start.y - CAPSULE_RADIUS, capsule.start.z);
}

function capsuleAt(feet: Vector3, out: Capsule): Capsule {
  out.start.set(feet.x, feet.y + CAPSULE_RADIUS, feet.z);
  out.end.set(feet.x, feet.y + CAPSULE_HEIGHT - CAPSULE_RADIUS, feet.z);
  out.radius = CAPSULE_RADIUS;
  return out;
}
