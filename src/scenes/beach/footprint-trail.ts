/** One print in the sand: where it is and which way the foot pointed (yaw, 0 along -Z). */
export interface Footprint {
  x: number;
  z: number;
  yaw: number;
}

/**
 * The prints the player leaves behind: a ring of the last `capacity` steps, written only when
 * the feet have moved a stride, never per frame. Left and right feet alternate either side of
 * the path.
 */
export interface FootprintTrail {
  capacity: number;
  stride: number;
  prints: Footprint[];
  /** Index the next print overwrites. */
  next: number;
  /** Steps taken so far: even left, odd right. */
  steps: number;
  last: { x: number; z: number } | null;
  walked: number;
}

export const STRIDE = 0.72;
/** Half the width between the feet. */
const GAIT = 0.11;
/** A move longer than this in one look is a jump (a new placement), not a step. */
const TELEPORT = 1;

export function createFootprintTrail(capacity = 48, stride = STRIDE): FootprintTrail {
  return { capacity, stride, prints: [], next: 0, steps: 0, last: null, walked: 0 };
}

/**
 * Follows the feet to (x, z). Returns the print it laid (a new step), or null. The print goes
 * down where the foot lands, to the side of the path it came along.
 */
export function followFeet(trail: FootprintTrail, x: number, z: number): Footprint | null {
  const last = trail.last;
  trail.last = { x, z };
  if (!last) return null;
  const dx = x - last.x;
  const dz = z - last.z;
  const moved = Math.hypot(dx, dz);
  if (moved > TELEPORT || moved === 0) return null;
  trail.walked += moved;
  if (trail.walked < trail.stride) return null;
  trail.walked -= trail.stride;
  const side = trail.steps % 2 === 0 ? -1 : 1;
  trail.steps += 1;
  // Perpendicular to the direction of travel: right of it is (-dz, dx) turned the other way.
  const px = (-dz / moved) * side * GAIT;
  const pz = (dx / moved) * side * GAIT;
  const print: Footprint = { x: x - px, z: z - pz, yaw: Math.atan2(-dx, -dz) };
  trail.prints[trail.next] = print;
  trail.next = (trail.next + 1) % trail.capacity;
  return print;
}

/** Forgets where the feet were (a new placement): the next look starts a fresh trail segment. */
export function liftFeet(trail: FootprintTrail): void {
  trail.last = null;
  trail.walked = 0;
}
