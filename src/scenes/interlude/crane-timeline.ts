import { PIT, MICHAEL_SPOT, RAIL_Y } from './layout';

/** Where the crane's hook is, and whether it holds the boy, at seconds after it sensed him. */
export interface CranePose {
  /** The hook's position, under the trolley on the rail. */
  x: number;
  y: number;
  z: number;
  holding: boolean;
  /** How hard he is thrashing, 0 to 1: it is a ride, for him. */
  thrash: number;
}

const RISE = 3.5;
const CARRY = 2.5;
const LOWER = 1.6;
const RELEASE = 2;
const BELOW = -PIT.depth + 0.1;
const HANG = 0.3;
/** The hook sits this far above his feet: the harness is under his arms. */
export const HOOK_ABOVE_FEET = 0.85;

const ease = (x: number) => {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
};

/**
 * The crane lifts him out of the canal, carries him along the rail, sets him down where he
 * stands, and lets go. `seconds` < 0: it has not sensed him yet (the hook waits in the pit).
 */
export function cranePose(seconds: number, out: CranePose): CranePose {
  const [mx, , mz] = MICHAEL_SPOT;
  const s = seconds < 0 ? 0 : seconds;
  const rise = ease(s / RISE);
  const carry = ease((s - RISE) / CARRY);
  const lower = ease((s - RISE - CARRY) / LOWER);
  const release = ease((s - RISE - CARRY - LOWER) / RELEASE);
  out.x = PIT.x + (mx - PIT.x) * carry;
  out.z = PIT.z + (mz - PIT.z) * carry;
  const feet = BELOW + (HANG - BELOW) * rise - HANG * lower;
  out.y = feet + HOOK_ABOVE_FEET + (RAIL_Y - 0.5 - HOOK_ABOVE_FEET) * release;
  out.holding = seconds >= 0 && release === 0;
  out.thrash = seconds < 0 ? 0 : Math.max(0, 1 - s / (RISE + CARRY)) * 0.8;
  return out;
}

export const CRANE_SECONDS = RISE + CARRY + LOWER + RELEASE;
