import type { SharedUniform } from '../../shaders/decay-material';
import { ARRIVAL_DECAY, type HandPose, type SmithPose } from './corridor-staging';

/** A staged value easing from one setting to the next, from the scene time it changed. */
export interface Transition<T> {
  from: T;
  to: T;
  at: number;
}

/**
 * The corridor's per-frame state, outside React and the store: the director writes it when the
 * story moves on, the parts read it every frame. Reset whenever the corridor mounts.
 */
export interface CorridorState {
  decay: SharedUniform<number>;
  decayChange: Transition<number>;
  smith: Transition<SmithPose>;
  hand: Transition<HandPose>;
  /** Scene time the blackout began, or null. */
  blackoutAt: number | null;
  /** Scene time the lights began to die, or null. */
  lightsDieAt: number | null;
  /** Scene time Smith's hand went for the red pill on Neo's palm, or null. */
  redTakenAt: number | null;
  /** Brightness of each lit fixture this frame, 0 to 1, for the lamps, the hum and the flies. */
  lightLevels: number[];
}

export function createCorridorState(lights: number): CorridorState {
  return {
    decay: { value: ARRIVAL_DECAY },
    decayChange: { from: ARRIVAL_DECAY, to: ARRIVAL_DECAY, at: 0 },
    smith: { from: 'against-door', to: 'against-door', at: -10 },
    hand: { from: 'hidden', to: 'hidden', at: -10 },
    blackoutAt: null,
    lightsDieAt: null,
    redTakenAt: null,
    lightLevels: new Array<number>(lights).fill(1),
  };
}

/** 0 to 1 over `seconds` after a transition, eased in and out. */
export function progressOf(transition: Transition<unknown>, now: number, seconds: number): number {
  const x = Math.min(1, Math.max(0, (now - transition.at) / seconds));
  return x * x * (3 - 2 * x);
}
