import { MOVE_SECONDS } from './step-smith';
import { progressOf, type Transition } from './corridor-state';
import { SMITH_POSES } from './smith-poses';
import type { SmithPose } from './corridor-staging';

/** Seconds between Smith's footfalls: his walk clip puts a foot down every 0.55 s. */
export const SMITH_STEP_SECONDS = 0.55;
/** A move shorter than this is a shuffle, not a walk (as in step-smith). */
const WALK_DISTANCE = 0.4;
/** Below this much of the walk clip, his feet barely lift: no step is heard. */
const WALK_WEIGHT = 0.3;

/** How far a move takes him, in metres, between the poses' marks. */
export function moveDistance(move: Transition<SmithPose>): number {
  const a = SMITH_POSES[move.from];
  const b = SMITH_POSES[move.to];
  return Math.hypot(b.x - a.x, b.z - a.z);
}

/** How much of the walk clip he is in at scene time t (as step-smith weighs it). */
export function walkWeight(move: Transition<SmithPose>, t: number): number {
  const k = progressOf(move, t, MOVE_SECONDS);
  return k > 0 && k < 1 && moveDistance(move) > WALK_DISTANCE ? Math.sin(k * Math.PI) : 0;
}

/**
 * Calls `visit` with the scene time of each of Smith's footfalls in (from, to]: on his walk
 * clip's beat, only while he walks from one pose to the next, louder mid-stride.
 */
export function eachSmithStep(move: Transition<SmithPose>, from: number, to: number, visit: (t: number, weight: number) => void): void {
  for (let k = Math.floor(from / SMITH_STEP_SECONDS) + 1; k * SMITH_STEP_SECONDS <= to; k += 1) {
    const t = k * SMITH_STEP_SECONDS;
    const weight = walkWeight(move, t);
    if (weight > WALK_WEIGHT) visit(t, weight);
  }
}

/** Where he treads at scene time t, on the floor between the two marks (x, z into `out`). */
export function smithFloorAt(move: Transition<SmithPose>, t: number, out: { x: number; z: number }): { x: number; z: number } {
  const k = progressOf(move, t, MOVE_SECONDS);
  const a = SMITH_POSES[move.from];
  const b = SMITH_POSES[move.to];
  out.x = a.x + (b.x - a.x) * k;
  out.z = a.z + (b.z - a.z) * k;
  return out;
}
