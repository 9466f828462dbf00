import { CRANE_ROOM, MICHAEL_SPOT, PIT } from './layout';
import type { Walker } from './ushering';

/** How far in front of Neo the boy stops, running up to him: close enough to look him in the eyes. */
export const MEET_DISTANCE = 1.15;
/** Farther than this from the boy when Neo kneels, and the boy comes to him. */
export const RUN_IF_FARTHER = 1.7;
/** A seven-year-old's eager trot, metres a second. */
export const RUN_SPEED = 1.5;
/** Where the boy may stand: the crane room's deck, off its walls, in front of the canal's pit. */
const DECK = { minX: CRANE_ROOM.minX + 0.45, maxX: CRANE_ROOM.maxX - 0.45, minZ: PIT.z + PIT.half + 0.35, maxZ: CRANE_ROOM.maxZ - 0.45 };

/** Where the boy stands once the crane has set him down, and the run that took him there. */
export interface BoyStand {
  fromX: number;
  fromZ: number;
  x: number;
  z: number;
  /** Which way he faces once there (0 faces +z, the door to the control room). */
  heading: number;
  /** Seconds the run takes (0: he stays where the crane put him). */
  seconds: number;
}

export function createBoyStand(): BoyStand {
  return { fromX: MICHAEL_SPOT[0], fromZ: MICHAEL_SPOT[2], x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2], heading: 0, seconds: 0 };
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * Neo kneels to him: a boy standing farther off than arm's length runs up to him and stops in
 * front of him, on the deck, turned to him. Returns whether he runs.
 */
export function runUpTo(stand: BoyStand, neo: { x: number; z: number }): boolean {
  const dx = stand.x - neo.x;
  const dz = stand.z - neo.z;
  const distance = Math.hypot(dx, dz);
  if (distance <= RUN_IF_FARTHER) return false;
  const x = clamp(neo.x + (dx / distance) * MEET_DISTANCE, DECK.minX, DECK.maxX);
  const z = clamp(neo.z + (dz / distance) * MEET_DISTANCE, DECK.minZ, DECK.maxZ);
  stand.fromX = stand.x;
  stand.fromZ = stand.z;
  stand.x = x;
  stand.z = z;
  stand.heading = Math.atan2(neo.x - x, neo.z - z);
  stand.seconds = Math.hypot(x - stand.fromX, z - stand.fromZ) / RUN_SPEED;
  return true;
}

/** The boy on his feet, `since` seconds after Neo knelt (negative: not yet): on his way to his stand, or there. */
export function boyOnFeet(stand: BoyStand, since: number, out: Walker): Walker {
  const k = stand.seconds > 0 && since >= 0 ? Math.min(1, since / stand.seconds) : since >= 0 ? 1 : 0;
  out.x = stand.fromX + (stand.x - stand.fromX) * k;
  out.z = stand.fromZ + (stand.z - stand.fromZ) * k;
  out.walking = k > 0 && k < 1;
  out.heading = out.walking ? Math.atan2(stand.x - stand.fromX, stand.z - stand.fromZ) : k >= 1 ? stand.heading : 0;
  out.shown = true;
  return out;
}
