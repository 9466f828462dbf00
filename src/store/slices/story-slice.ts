import type { StateCreator } from 'zustand';
import { INITIAL_STORY_STATE, stepStory, type StoryEvent, type StoryState } from '../../story/machine';
import type { ScriptIndex } from '../../story/script-index';
import type { Mode } from '../../story/types';
import type { SalvageState } from '../types';

export interface StorySlice {
  story: StoryState;
  /** The walk to offer under "Continue" on the title; the live story once a walk starts. */
  progress: StoryState | null;
  /** Counts arrivals from outside the story's flow (start, continue, a jump): each stages afresh. */
  visit: number;
  /** Feeds one event to the story machine. */
  dispatch: (event: StoryEvent) => void;
  /** Starts a new walk from the beginning. */
  startWalk: (mode: Mode) => void;
  /** Resumes the saved walk. */
  continueWalk: (mode?: Mode) => void;
  /**
   * Takes the deed on offer where the player stands (E, a click, a tap, a ray in a headset), or,
   * while a line must be read first, reads on toward it; false when nothing is on offer or a menu
   * is open.
   */
  takeOffer: () => boolean;
  /** Lands on a state computed elsewhere (deep links). */
  jumpTo: (state: StoryState) => void;
  /** Back to the title screen; the walk stays saved. */
  returnToTitle: () => void;
}

export const createStorySlice =
  (index: ScriptIndex): StateCreator<SalvageState, [], [], StorySlice> =>
  (set, get) => {
    const commit = (story: StoryState) => set({ story, progress: story.mode ? story : get().progress });
    const arriveAfresh = (story: StoryState) => {
      set({ visit: get().visit + 1 });
      commit(story);
    };
    return {
      story: INITIAL_STORY_STATE,
      progress: null,
      visit: 0,
      dispatch: (event) => {
        const before = get().story;
        const after = stepStory(index, before, event);
        if (after !== before) commit(after);
      },
      startWalk: (mode) => arriveAfresh(stepStory(index, INITIAL_STORY_STATE, { type: 'start', mode })),
      continueWalk: (mode) => {
        const saved = get().progress;
        if (!saved || saved.ending) return;
        arriveAfresh({ ...saved, mode: mode ?? saved.mode ?? 'explore', arrived: false, zones: [], owed: [], clock: 0 });
      },
      takeOffer: () => {
        const { prompt, panel, dispatch } = get();
        if (!prompt || panel !== 'none') return false;
        dispatch(prompt.waiting ? { type: 'advance' } : { type: 'act', action: prompt.action });
        return true;
      },
      jumpTo: (state) => arriveAfresh(state),
      returnToTitle: () => set({ story: INITIAL_STORY_STATE }),
    };
  };
