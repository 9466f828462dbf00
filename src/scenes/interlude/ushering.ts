import { CRANE_ROOM } from './layout';

/** The door at the back of the crane room that leads to the back rooms. */
export const BACK_DOOR: readonly [number, number] = [2.8, -6.8];
/** Seconds the health workers take to come in from the back rooms once the boy has given the chip. */
export const WALK_IN_SECONDS = 4;
/** Seconds they take to usher him out to the back rooms. */
export const USHER_SECONDS = 4;
/** Where the two health workers wait: behind the boy on either side, out of the player's line to him (off the walls). */
const BEHIND: readonly (readonly [number, number])[] = [
  [0.75, -0.6],
  [-0.7, -0.7],
];
const waitingPlace = (i: 0 | 1, boy: Place): [number, number] => [
  Math.min(CRANE_ROOM.maxX - 0.4, Math.max(CRANE_ROOM.minX + 0.4, boy.x + BEHIND[i]![0])),
  Math.max(CRANE_ROOM.minZ + 0.4, boy.z + BEHIND[i]![1]),
];

/** Where someone stands on the deck. */
export interface Place {
  x: number;
  z: number;
}
/** How far either side of the boy they walk him out. */
const BESIDE = 0.55;

/** Someone walking in the crane room this frame: where, facing which way (0 faces +z), and whether walking. */
export interface Walker {
  x: number;
  z: number;
  heading: number;
  walking: boolean;
  shown: boolean;
}

export function createWalker(): Walker {
  return { x: 0, z: 0, heading: 0, walking: false, shown: false };
}

const headingOf = (dx: number, dz: number) => Math.atan2(dx, dz);
const ease = (k: number) => k * k * (3 - 2 * k);

/** The boy on his way out from where he stood, `leaving` seconds after he is ushered (null: not yet). */
export function michaelLeaving(leaving: number | null, boy: Place, out: Walker): Walker {
  const k = leaving === null ? 0 : Math.min(1, leaving / USHER_SECONDS);
  const { x, z } = boy;
  out.x = x + (BACK_DOOR[0] - x) * k;
  out.z = z + (BACK_DOOR[1] - z) * k;
  out.heading = headingOf(BACK_DOOR[0] - x, BACK_DOOR[1] - z);
  out.walking = k > 0 && k < 1;
  out.shown = k < 1;
  return out;
}

/**
 * Health worker `i` (0 or 1): out of sight until the boy (standing at `boy`) gives up the chip
 * (`called` seconds after, null: not yet), then in from the back door to wait behind him, then out
 * again at his side when he is ushered away (`leaving` seconds after, null: not yet).
 */
export function healthWorker(i: 0 | 1, called: number | null, leaving: number | null, boy: Place, out: Walker): Walker {
  const stand = waitingPlace(i, boy);
  if (called === null) {
    out.x = BACK_DOOR[0];
    out.z = BACK_DOOR[1];
    out.heading = 0;
    out.walking = false;
    out.shown = false;
    return out;
  }
  if (leaving === null || leaving <= 0) {
    const k = ease(Math.min(1, called / WALK_IN_SECONDS));
    out.x = BACK_DOOR[0] + (stand[0] - BACK_DOOR[0]) * k;
    out.z = BACK_DOOR[1] + (stand[1] - BACK_DOOR[1]) * k;
    out.walking = k < 1;
    // Walking in toward their place; once there, turned to the boy.
    out.heading = out.walking ? headingOf(stand[0] - BACK_DOOR[0], stand[1] - BACK_DOOR[1]) : headingOf(boy.x - stand[0], boy.z - stand[1]);
    out.shown = true;
    return out;
  }
  // At the boy's side, one either side of his path, all three to the door.
  const { x: boyX, z: boyZ } = michaelLeaving(leaving, boy, out);
  const dx = BACK_DOOR[0] - boy.x;
  const dz = BACK_DOOR[1] - boy.z;
  const length = Math.hypot(dx, dz);
  const side = i === 0 ? 1 : -1;
  const k = Math.min(1, leaving / USHER_SECONDS);
  // From where they waited to beside him within the first second, then on with him.
  const join = Math.min(1, leaving / 1);
  const besideX = boyX + (side * -dz * BESIDE) / length;
  const besideZ = boyZ + (side * dx * BESIDE) / length;
  out.x = stand[0] + (besideX - stand[0]) * join;
  out.z = stand[1] + (besideZ - stand[1]) * join;
  out.heading = headingOf(dx, dz);
  out.walking = k < 1;
  out.shown = k < 1;
  return out;
}
