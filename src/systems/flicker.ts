/**
 * The corridor's failing lights, as a pure function of time: safe by construction.
 *
 * WCAG 2.3.1 allows at most three flashes (pairs of opposing luminance changes of 10% or more)
 * in any second. The light here holds a small buzz (well under 10%) and, now and then, a dip:
 * one dip is one flash (down, then up). Dips are scheduled one per SLOT at most, never in the
 * first 0.1 s or last 0.3 s of a slot, so any one-second window holds at most two of them,
 * whatever the display rate.
 */

const SLOT_SECONDS = 0.8;
/** Dips start between these fractions of a slot: two dips are always at least 0.5 s apart. */
const DIP_START_MIN = 0.1;
const DIP_START_SPAN = 0.4;
const DIP_SECONDS_MIN = 0.08;
const DIP_SECONDS_SPAN = 0.14;
/** Chance that a slot holds a dip. */
const DIP_CHANCE = 0.45;
/** Below 10%, so the buzz never counts as a flash. */
const BUZZ_DEPTH = 0.035;
/** Reduce flashing: a slow breath, 6 s a cycle, shallow. */
const BREATH_SECONDS = 6;
const BREATH_DEPTH = 0.08;

/** A stable pseudo-random number in [0, 1) for an integer and a salt. */
export function hash01(n: number, salt = 0): number {
  let h = Math.imul(n ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x27d4eb2d);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

export interface FlickerOptions {
  reduceFlashing: boolean;
  /** Each light fails on its own schedule. */
  lightIndex: number;
  /** Seconds around a blackout during which no dip may happen (the blackout is the flash). */
  quietFrom?: number;
  quietUntil?: number;
}

/** Brightness of a light at time t, 0 to 1 (1 = fully lit, before the blackout). */
export function flickerLevel(t: number, { reduceFlashing, lightIndex, quietFrom = -1, quietUntil = -1 }: FlickerOptions): number {
  if (reduceFlashing) return 1 - BREATH_DEPTH * (0.5 - 0.5 * Math.cos((2 * Math.PI * t) / BREATH_SECONDS + lightIndex));
  const buzz = 1 - BUZZ_DEPTH * (0.5 + 0.5 * Math.sin(t * 37.7 + lightIndex * 1.3) * Math.sin(t * 5.3 + lightIndex));
  const slot = Math.floor(t / SLOT_SECONDS);
  const salt = lightIndex * 7919;
  if (hash01(slot, salt) > DIP_CHANCE) return buzz;
  const start = slot * SLOT_SECONDS + SLOT_SECONDS * (DIP_START_MIN + DIP_START_SPAN * hash01(slot, salt + 1));
  const length = DIP_SECONDS_MIN + DIP_SECONDS_SPAN * hash01(slot, salt + 2);
  if (t < start || t > start + length) return buzz;
  if (start + length > quietFrom && start < quietUntil) return buzz;
  const depth = 0.35 + 0.5 * hash01(slot, salt + 3);
  return buzz * (1 - depth);
}

/** With flashing reduced, the blackout is a slow dimming to this level and back. */
export const SOFT_BLACKOUT_LEVEL = 0.45;
const SOFT_BLACKOUT_SECONDS = 2.4;

/**
 * The blackout as the blue pill appears: one second of black, with short edges. With flashing
 * reduced, a dimming instead: down to SOFT_BLACKOUT_LEVEL and back, a smooth curve over 2.4 s
 * (no change of 10% or more within a third of a second, so never a flash).
 */
export function blackoutLevel(secondsSinceStart: number, soft = false): number {
  if (soft) {
    if (secondsSinceStart < 0 || secondsSinceStart > SOFT_BLACKOUT_SECONDS) return 1;
    const dip = 0.5 - 0.5 * Math.cos((2 * Math.PI * secondsSinceStart) / SOFT_BLACKOUT_SECONDS);
    return 1 - (1 - SOFT_BLACKOUT_LEVEL) * dip;
  }
  if (secondsSinceStart < 0 || secondsSinceStart > 1.2) return 1;
  if (secondsSinceStart < 0.08) return 1 - secondsSinceStart / 0.08;
  if (secondsSinceStart < 1.0) return 0;
  return (secondsSinceStart - 1.0) / 0.2;
}

/** The lights dying one after another (the blue pill pressed on Smith): never coming back. */
export function dyingLevel(secondsSinceStart: number, lightIndex: number): number {
  const start = 0.6 + lightIndex * 0.8;
  return Math.min(1, Math.max(0, 1 - (secondsSinceStart - start) / 0.6));
}
