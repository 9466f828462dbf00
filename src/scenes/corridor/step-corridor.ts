import { progressOf, type CorridorState } from './corridor-state';
import { updateLightLevels } from './light-levels';
import { DECAY_EASE_SECONDS } from './corridor-director';

/** Decay creeps on by itself too: the room keeps aging while nobody speaks. */
const CREEP_PER_SECOND = 0.0006;
const CREEP_MAX = 0.12;

/** The corridor's per-frame update, before its parts draw: light levels, then decay. */
export function stepCorridor(state: CorridorState, t: number, reduceFlashing: boolean): void {
  updateLightLevels(state, t, reduceFlashing);
  const { from, to } = state.decayChange;
  const eased = from + (to - from) * progressOf(state.decayChange, t, DECAY_EASE_SECONDS);
  state.decay.value = Math.min(1, eased + Math.min(CREEP_MAX, t * CREEP_PER_SECOND));
}
