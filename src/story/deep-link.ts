import { goTo, INITIAL_STORY_STATE, isChoosing, isTriggerOpen, startBeat, stepStory, type StoryState } from './machine';
import type { ScriptIndex } from './script-index';
import type { BeatId, Mode, SceneId } from './types';

const MAX_STEPS = 2000;

/**
 * Where a deep link lands. The story is walked along its canonical path (the choices marked
 * canonical, triggers in script order) so that inventory and seen beats are what a player who
 * walked there would have. A beat off that path is reached through the choice that leads to it
 * where one does, else started once its scene is reached.
 */
export function stateAtScene(index: ScriptIndex, scene: SceneId, mode: Mode = 'explore'): StoryState | null {
  if (!index.scene(scene) || scene === 'title') return null;
  return walkCanonical(index, mode, (s) => s.scene === scene && !s.arrived);
}

export function stateAtBeat(index: ScriptIndex, beat: BeatId, mode: Mode = 'explore'): StoryState | null {
  const scene = index.sceneOf(beat);
  if (!index.beat(beat) || scene === 'title') return null;
  const reached = walkCanonical(index, mode, (s) => s.beat === beat) ?? throughItsChoice(index, beat, mode);
  if (reached) return reached;
  const atScene = stateAtScene(index, scene, mode);
  if (!atScene) return null;
  return startBeat(index, { ...atScene, arrived: true }, beat);
}

/**
 * A beat a choice leads to, off the canonical path: walked to the beat that offers that choice,
 * then chosen, so that what came before it (the scene's earlier beats, what the choice gives) is
 * what a player who chose it would have. Null when no beat on the canonical path offers it.
 */
function throughItsChoice(index: ScriptIndex, beat: BeatId, mode: Mode): StoryState | null {
  for (const from of index.scene(index.sceneOf(beat))?.beats ?? []) {
    const choice = from.choices?.find((c) => 'beat' in c.to && c.to.beat === beat);
    if (!choice) continue;
    const choosing = walkCanonical(index, mode, (s) => s.beat === from.id && isChoosing(index, s));
    if (!choosing) continue;
    const chosen = stepStory(index, choosing, { type: 'choose', choice: choice.id });
    if (chosen.beat === beat) return chosen;
  }
  return null;
}

function walkCanonical(index: ScriptIndex, mode: Mode, done: (s: StoryState) => boolean): StoryState | null {
  let state = stepStory(index, INITIAL_STORY_STATE, { type: 'start', mode });
  for (let i = 0; i < MAX_STEPS && !state.ending; i += 1) {
    if (done(state)) return state;
    const next = nextCanonical(index, state);
    if (!next) return null;
    state = next;
  }
  return done(state) ? state : null;
}

/** One step along the canonical path; null when nothing more can happen. */
function nextCanonical(index: ScriptIndex, state: StoryState): StoryState | null {
  if (!state.arrived) return stepStory(index, state, { type: 'arrive', scene: state.scene });
  const beat = state.beat && index.beat(state.beat);
  if (beat) {
    if (!isChoosing(index, state)) return stepStory(index, state, { type: 'advance' });
    const canonical = beat.choices?.find((c) => c.canonical) ?? beat.choices?.[0];
    return canonical ? stepStory(index, state, { type: 'choose', choice: canonical.id }) : null;
  }
  const trigger = index.triggers(state.scene).find((t) => t.on.type !== 'leave' && isTriggerOpen(state, t) && !t.interrupts);
  if (!trigger) return null;
  return goTo(index, state, { beat: trigger.beat });
}
