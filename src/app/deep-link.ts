import { stateAtBeat, stateAtScene } from '../story/deep-link';
import { INITIAL_STORY_STATE, stepStory, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { BeatId, Mode, SceneId } from '../story/types';
import { parseLanguage, type Language } from '../i18n/languages';
import { format, type UiMessage } from '../i18n/ui-text';
import en from '../../assets/ui/en.json' with { type: 'json' };

export interface LaunchOptions {
  /** Where a deep link lands, or null for the title screen. */
  story: StoryState | null;
  /** Said to the player when a link could not be followed (in English; `messages` for the view). */
  notice: string | null;
  /** The same, as interface strings, shown in the player's language. */
  messages?: UiMessage[];
  /** `?lang=fr`: the language asked for, when Salvage has it. */
  language?: Language;
  /** `?lang=xx` that Salvage does not have: the value, cut short, for the notice. */
  unknownLanguage?: string;
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
 * Reads `?scene=`, `?beat=`, `?tour=1`, `&speed=N`, `?capture=1`, `?xr=emulate` and `?lang=`. A bad place
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
  const xrNotice: UiMessage | null = xr === null || xr === 'emulate' ? null : { key: 'link.badXr', params: { value: xr.slice(0, 20) } };
  const messages = [notice, speedNotice, xrNotice].filter((message): message is UiMessage => message !== null);
  const options: LaunchOptions = { story, notice: messages.length ? messages.map(inEnglish).join(' ') : null, capture };
  if (messages.length) options.messages = messages;
  if (speed !== undefined) options.tourSpeed = speed;
  if (xr === 'emulate') options.xrEmulate = true;
  const lang = params.get('lang');
  if (lang !== null) {
    const language = parseLanguage(lang);
    if (language) options.language = language;
    else options.unknownLanguage = shorten(lang, 20);
  }
  return options;
}

const inEnglish = (message: UiMessage) => format(en[message.key], message.params);
const shorten = (value: string, max: number) => (value.length > max ? `${value.slice(0, max)}…` : value);

type Place = { story: StoryState | null; notice: UiMessage | null };

function readPlace(params: URLSearchParams, index: ScriptIndex, mode: Mode): Place {
  const scene = params.get('scene');
  const beat = params.get('beat');
  if (scene === null && beat === null) {
    // `?tour=1` alone starts the guided tour from the beginning, as the title's button does.
    return { story: mode === 'tour' ? stepStory(index, INITIAL_STORY_STATE, { type: 'start', mode }) : null, notice: null };
  }
  if (scene !== null && beat !== null) {
    return { story: null, notice: { key: 'link.sceneAndBeat' } };
  }
  const value = (scene ?? beat ?? '').trim();
  const shown = shorten(value, 40);
  if (!ID_PATTERN.test(value)) {
    return { story: null, notice: { key: scene !== null ? 'link.invalidScene' : 'link.invalidBeat', params: { value: shown } } };
  }
  const landed = scene !== null ? stateAtScene(index, value as SceneId, mode) : stateAtBeat(index, value as BeatId, mode);
  if (!landed) {
    return { story: null, notice: { key: scene !== null ? 'link.noScene' : 'link.noBeat', params: { value: shown } } };
  }
  return { story: landed, notice: null };
}

/** `speed` is clamped to what a tour can show; anything that is not a number is refused. */
function readSpeed(raw: string | null): { speed?: number; speedNotice: UiMessage | null } {
  if (raw === null) return { speedNotice: null };
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    return { speed: 1, speedNotice: { key: 'link.badSpeed', params: { value: shorten(raw, 20) } } };
  }
  return { speed: Math.min(TOUR_SPEED_MAX, Math.max(TOUR_SPEED_MIN, value)), speedNotice: null };
}
