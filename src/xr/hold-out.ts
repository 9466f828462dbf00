import type { BeatId } from '../story/types';

/** The pills Neo holds in a headset: the red one in the left hand, the blue one in the right. */
export type Pill = 'red' | 'blue';
export const PILLS: readonly Pill[] = ['red', 'blue'];
export const PILL_HAND: Record<Pill, XRHandedness> = { red: 'left', blue: 'right' };

/**
 * A hand is held out when it is at least this far beyond the eyes along the line to Smith
 * (metres). Hands at rest, or holding a controller to read, sit nearer (the emulator's rest pose
 * is 0.48 m from the eyes); an arm stretched toward someone reaches 0.55 to 0.7 m.
 */
export const REACH = 0.5;
/** ... and within this angle of the line from the eyes to Smith (radians, 35°). */
export const CONE = (35 * Math.PI) / 180;
/** Smith further than this (metres) is too far to hold anything out to. */
export const MAX_DISTANCE = 6;
/** Held out this long (seconds), on purpose: a hand swinging past never chooses. */
export const HOLD_SECONDS = 0.5;

/** Which choice holding a pill out toward Smith makes, in the beats that offer one. */
export const HOLD_OUT_CHOICES: Partial<Record<BeatId, Partial<Record<Pill, string>>>> = {
  'corridor.offer': { red: 'red-first', blue: 'blue-first' },
  'corridor.question': { blue: 'press-blue' },
};

export interface Point {
  x: number;
  y: number;
  z: number;
}

/** True when `hand` is stretched out from `eyes` toward `target` (all in the same space). */
export function isHeldOut(hand: Point, eyes: Point, target: Point): boolean {
  const rx = hand.x - eyes.x;
  const ry = hand.y - eyes.y;
  const rz = hand.z - eyes.z;
  const tx = target.x - eyes.x;
  const ty = target.y - eyes.y;
  const tz = target.z - eyes.z;
  const toTarget = Math.hypot(tx, ty, tz);
  const reach = Math.hypot(rx, ry, rz);
  if (toTarget < 1e-6 || reach < 1e-6 || toTarget > MAX_DISTANCE) return false;
  const along = (rx * tx + ry * ty + rz * tz) / toTarget;
  return along >= REACH && along / reach >= Math.cos(CONE);
}

/** Per pill: how long it has been held out, and whether it may choose (lowered since it last did). */
export interface HoldOut {
  held: Record<Pill, number>;
  armed: Record<Pill, boolean>;
}

export function createHoldOut(): HoldOut {
  return { held: { red: 0, blue: 0 }, armed: { red: true, blue: true } };
}

/**
 * Advances the holds by `seconds`. `out` says which hands are held out toward Smith now,
 * `offered` which pills would make a choice now. Returns the pill whose hold has just lasted
 * HOLD_SECONDS (once; that hand must be lowered before it can choose again), or null. Two
 * offered pills held out at once choose nothing: the gesture is ambiguous.
 */
export function stepHoldOut(state: HoldOut, out: Record<Pill, boolean>, offered: Record<Pill, boolean>, seconds: number): Pill | null {
  const both = out.red && out.blue && offered.red && offered.blue;
  let chosen: Pill | null = null;
  for (const pill of PILLS) {
    if (!out[pill]) {
      state.held[pill] = 0;
      state.armed[pill] = true;
      continue;
    }
    if (!offered[pill] || both || !state.armed[pill]) {
      state.held[pill] = 0;
      continue;
    }
    state.held[pill] += Math.max(0, seconds);
    if (state.held[pill] >= HOLD_SECONDS && !chosen) {
      state.held[pill] = 0;
      state.armed[pill] = false;
      chosen = pill;
    }
  }
  return chosen;
}

/** 0 to 1: how far a hold has gone, for the pill's own feedback. */
export function holdProgress(state: HoldOut, pill: Pill): number {
  return Math.min(1, state.held[pill] / HOLD_SECONDS);
}

/** The choice each pill would make at `beat`, among the choices the beat offers now. */
export function offeredPills(beat: BeatId | null, choices: readonly string[]): Record<Pill, string | null> {
  const table = beat ? HOLD_OUT_CHOICES[beat] : undefined;
  const pick = (pill: Pill) => {
    const id = table?.[pill];
    return id && choices.includes(id) ? id : null;
  };
  return { red: pick('red'), blue: pick('blue') };
}
