import { createBoyStand, type BoyStand } from './boy-run';
import type { InterludeCue } from './interlude-staging';

/**
 * The interlude's per-frame state: the scene time each cue was taken (null: not yet; -100: long
 * before this visit began). The director writes it on story changes; the parts read it.
 */
export interface InterludeState {
  at: Record<InterludeCue, number | null>;
  /** Shared with the monitors' shader: 0 the busy ship, 1 Zion's control room at night. */
  night: { value: number };
  /** The scene time Sparks named Ghost's old room (its lamp comes on), or null. */
  ghostLitAt: number | null;
  /** Where the boy stands once set down (and runs to, when Neo kneels far from him). */
  boy: BoyStand;
}

export function createInterludeState(): InterludeState {
  return { at: { 'crane-lifts': null, kneel: null, 'chip-given': null, 'michael-leaves': null, night: null }, night: { value: 0 }, ghostLitAt: null, boy: createBoyStand() };
}

/** Seconds since a cue, or -1 when it has not been taken. */
export function secondsSince(at: number | null, now: number): number {
  return at === null ? -1 : now - at;
}
