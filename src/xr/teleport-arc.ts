import { Ray, Vector3 } from 'three';
import { Capsule } from 'three/addons/math/Capsule.js';
import type { Octree } from 'three/addons/math/Octree.js';
import { CAPSULE_RADIUS } from '../player/movement';

/** Launch speed of the arc, metres per second: with GRAVITY, a reach of about 6 m from the hand. */
const LAUNCH_SPEED = 7;
const GRAVITY = 9.8;
/** Seconds of flight per segment of the arc, and the most segments drawn. */
const SEGMENT_SECONDS = 0.04;
export const ARC_SEGMENTS = 60;
/** Floors face up: steeper than this is a wall or a slope nobody stands on. */
const FLOOR_NORMAL_Y = 0.75;
/** A target may be this much above or below the floor the player stands on. */
const MAX_STEP = 1;
/** Capsule height for the room check at the target and along the way (feet to head). */
const BODY_HEIGHT = 1.7;
/** How far apart the body is checked along the straight way from the player to the target. */
const SWEEP_STEP = 0.2;
/** Lifts the body off the floor it stands on, so the floor itself is not a collision. */
const CLEARANCE = 0.05;

export type ArcVerdict = 'none' | 'ok' | 'not-floor' | 'no-room' | 'blocked' | 'too-high';

/** One arc: the points drawn, where it landed, and whether the player may go there. */
export interface TeleportArc {
  points: Vector3[];
  /** How many of `points` the arc uses (it stops where it hits something). */
  count: number;
  /** Where the arc came down (valid only when verdict is not 'none'). */
  target: Vector3;
  verdict: ArcVerdict;
}

export function createTeleportArc(): TeleportArc {
  return { points: Array.from({ length: ARC_SEGMENTS + 1 }, () => new Vector3()), count: 0, target: new Vector3(), verdict: 'none' };
}

const ray = new Ray();
const segment = new Vector3();
const normal = new Vector3();

/**
 * Throws the arc from `start` along `direction` (a unit vector, world space) and sees where it
 * comes down against the world's solids. It stops at the first thing it meets, wall or floor, so
 * it never passes through a wall.
 */
export function castArc(start: Vector3, direction: Vector3, world: Octree, feet: Vector3, out: TeleportArc): TeleportArc {
  out.verdict = 'none';
  out.points[0]!.copy(start);
  out.count = 1;
  for (let i = 1; i <= ARC_SEGMENTS; i += 1) {
    const t = i * SEGMENT_SECONDS;
    const from = out.points[i - 1]!;
    const to = out.points[i]!.set(
      start.x + direction.x * LAUNCH_SPEED * t,
      start.y + direction.y * LAUNCH_SPEED * t - 0.5 * GRAVITY * t * t,
      start.z + direction.z * LAUNCH_SPEED * t,
    );
    out.count = i + 1;
    const length = segment.subVectors(to, from).length();
    ray.set(from, segment.normalize());
    const hit = world.rayIntersect(ray);
    if (hit && hit.distance <= length) {
      to.copy(hit.position);
      out.target.copy(hit.position);
      hit.triangle.getNormal(normal);
      out.verdict = judgeTarget(out.target, normal, feet, world);
      return out;
    }
  }
  return out;
}

const capsule = new Capsule();
const along = new Vector3();

/** May the player stand at `target` (a floor point with this normal), coming from `feet`? */
export function judgeTarget(target: Vector3, floorNormal: Vector3, feet: Vector3, world: Octree): ArcVerdict {
  if (Math.abs(floorNormal.y) < FLOOR_NORMAL_Y) return 'not-floor';
  if (Math.abs(target.y - feet.y) > MAX_STEP) return 'too-high';
  if (!bodyFits(target, world)) return 'no-room';
  // The straight way there must be clear for the body too: no hop over a wall or through a door.
  const distance = Math.hypot(target.x - feet.x, target.z - feet.z);
  const steps = Math.ceil(distance / SWEEP_STEP);
  for (let i = 1; i < steps; i += 1) {
    along.lerpVectors(feet, target, i / steps);
    along.y = Math.max(feet.y, target.y);
    if (!bodyFits(along, world)) return 'blocked';
  }
  return 'ok';
}

function bodyFits(feet: Vector3, world: Octree): boolean {
  capsule.start.set(feet.x, feet.y + CAPSULE_RADIUS + CLEARANCE, feet.z);
  capsule.end.set(feet.x, feet.y + BODY_HEIGHT - CAPSULE_RADIUS, feet.z);
  capsule.radius = CAPSULE_RADIUS;
  return world.capsuleIntersect(capsule) === false;
}
