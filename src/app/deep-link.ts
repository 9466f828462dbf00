import { stateAtBeat, stateAtScene } from '../story/deep-link';
import { INITIAL_STORY_STATE, stepStory, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { BeatId, Mode, SceneId } from '../story/types';

export interface LaunchOptions {
  /** Where a deep link lands, or null for the title screen. */
  story: StoryState | null;
  /** Said to the player when a link could not be followed. */
  notice: string | null;
  capture: boolean;
  /** `&speed=N`: the guided tour plays N times faster (0.25 to 20). Absent when not asked for. */
  tourSpeed?: number;
  /** `?xr=emulate`: install the WebXR emulator (a Meta Quest 3) to preview XR without a headset. */
  xrEmulate?: true;
}

export const TOUR_SPEED_MIN = 0.25;
export const TOUR_SPEED_MAX = 20;

const ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)?$/;

/**
 * Reads `?scene=`, `?beat=`, `?tour=1`, `&speed=N`, `?capture=1` and `?xr=emulate`. A bad place
 * lands on the title with a notice; a bad speed plays at 1 with a notice; an unknown `xr` value
 * is ignored with a notice.
 */
export function readLaunchOptions(search: string, index: ScriptIndex): LaunchOptions {
  const params = new URLSearchParams(search);
  const capture = params.get('capture') === '1';
  const mode: Mode = params.get('tour') === '1' ? 'tour' : 'explore';
  const { speed, speedNotice } = readSpeed(params.get('speed'));
  const { story, notice } = readPlace(params, index, mode);
  const xr = params.get('xr');
  const xrNotice = xr === null || xr === 'emulate' ? null : `The link's xr value "${xr.slice(0, 20)}" is unknown (only "emulate" is); the headset emulator stays off.`;
  const notices = [notice, speedNotice, xrNotice].filter((text): text is string => text !== null);
  const options: LaunchOptions = { story, notice: notices.length ? notices.join(' ') : null, capture };
  if (speed !== undefined) options.tourSpeed = speed;
  if (xr === 'emulate') options.xrEmulate = true;
  return options;
}

function readPlace(params: URLSearchParams, index: ScriptIndex, mode: Mode): Pick<LaunchOptions, 'story' | 'notice'> {
  const scene = params.get('scene');
  const beat = params.get('beat');
  if (scene === null && beat === null) {
    // `?tour=1` alone starts the guided tour from the beginning, as the title's button does.
    return { story: mode === 'tour' ? stepStory(index, INITIAL_STORY_STATE, { type: 'start', mode }) : null, notice: null };
  }
  if (scene !== null && beat !== null) {
    return { story: null, notice: 'The link named both a scene and a beat; use one of them. Starting from the title.' };
  }
  const value = (scene ?? beat ?? '').trim();
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (!ID_PATTERN.test(value)) {
    return { story: null, notice: `The link's ${scene !== null ? 'scene' : 'beat'} "${shown}" is not a valid name. Starting from the title.` };
  }
  const landed = scene !== null ? stateAtScene(index, value as SceneId, mode) : stateAtBeat(index, value as BeatId, mode);
  if (!landed) {
    const kind = scene !== null ? 'scene' : 'beat';
    return { story: null, notice: `This story has no ${kind} called "${shown}". Starting from the title.` };
  }
  return { story: landed, notice: null };
}

/** `speed` is clamped to what a tour can show; anything that is not a number is refused. */
function readSpeed(raw: string | null): { speed?: number; speedNotice: string | null } {
  if (raw === null) return { speedNotice: null };
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
    return { speed: 1, speedNotice: `The link's tour speed "${shown}" is not a positive number; the tour plays at normal speed.` };
  }
  return { speed: Math.min(TOUR_SPEED_MAX, Math.max(TOUR_SPEED_MIN, value)), speedNotice: null };
}
