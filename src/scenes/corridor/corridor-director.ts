import { followStory, salvageStore } from '../../store/app-store';
import { storyIndex } from '../../story/story-index';
import { sceneClock } from '../../systems/scene-clock';
import type { SceneDirector } from '../types';
import { corridorStaging, type CorridorStaging } from './corridor-staging';
import { createCorridorState, progressOf, type CorridorState } from './corridor-state';
import { LIT_FIXTURES } from './layout';
import { stepCorridor } from './step-corridor';

/** Seconds over which the walls age into the next decay level. */
export const DECAY_EASE_SECONDS = 5;

export interface CorridorDirector extends SceneDirector {
  state: CorridorState;
}

/**
 * The corridor's logic. Following the story, it turns cues into timed transitions in the
 * corridor's state: when Smith moves, what the hand holds out, when the lights black out or die,
 * how far the decay has gone. Each frame it steps the lights and the decay to the scene time,
 * before any part reads them (so captured frames repeat).
 */
export function createCorridorDirector(): CorridorDirector {
  const state = createCorridorState(LIT_FIXTURES.length);
  const follow = () => {
    let last: CorridorStaging | null = null;
    const apply = () => {
      const now = sceneClock.seconds;
      const next = corridorStaging(storyIndex, salvageStore.getState().story);
      if (!last || next.smith !== last.smith) state.smith = { from: state.smith.to, to: next.smith, at: last ? now : -10 };
      if (!last || next.hand !== last.hand) state.hand = { from: state.hand.to, to: next.hand, at: last ? now : -10 };
      if (!last || next.decay !== last.decay) {
        const current = state.decayChange.from + (state.decayChange.to - state.decayChange.from) * progressOf(state.decayChange, now, DECAY_EASE_SECONDS);
        state.decayChange = { from: last ? current : next.decay, to: next.decay, at: now };
      }
      if (next.blackoutOrder !== null && next.blackoutOrder !== last?.blackoutOrder) state.blackoutAt = last ? now : null;
      if (next.lightsDie && !last?.lightsDie) state.lightsDieAt = now;
      if (next.redTaken !== (last?.redTaken ?? false)) state.redTakenAt = next.redTaken ? (last ? now : -10) : null;
      last = next;
    };
    return followStory(apply);
  };
  return { state, follow, step: (sceneSeconds, settings) => stepCorridor(state, sceneSeconds, settings.reduceFlashing) };
}
