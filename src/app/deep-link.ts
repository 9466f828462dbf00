import { stateAtBeat, stateAtScene } from '../story/deep-link';
import type { StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { BeatId, SceneId } from '../story/types';

export interface LaunchOptions {
  /** Where a deep link lands, or null for the title screen. */
  story: StoryState | null;
  /** Said to the player when a link could not be followed. */
  notice: string | null;
  capture: boolean;
}

const ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)?$/;

/** Reads `?scene=`, `?beat=` and `?capture=1`. A bad link lands on the title with a notice. */
export function readLaunchOptions(search: string, index: ScriptIndex): LaunchOptions {
  const params = new URLSearchParams(search);
  const capture = params.get('capture') === '1';
  const scene = params.get('scene');
  const beat = params.get('beat');
  if (scene === null && beat === null) return { story: null, notice: null, capture };
  if (scene !== null && beat !== null) {
    return { story: null, notice: 'The link named both a scene and a beat; use one of them. Starting from the title.', capture };
  }
  const value = (scene ?? beat ?? '').trim();
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (!ID_PATTERN.test(value)) {
    return { story: null, notice: `The link's ${scene !== null ? 'scene' : 'beat'} "${shown}" is not a valid name. Starting from the title.`, capture };
  }
  const landed = scene !== null ? stateAtScene(index, value as SceneId) : stateAtBeat(index, value as BeatId);
  if (!landed) {
    const kind = scene !== null ? 'scene' : 'beat';
    return { story: null, notice: `This story has no ${kind} called "${shown}". Starting from the title.`, capture };
  }
  return { story: landed, notice: null, capture };
}
