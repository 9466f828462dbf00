import type { SalvageStore } from '../store/create-store';
import { isChoosing } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { Controls } from './controls';
import type { Intent } from './intents';
import { actionForKey, type KeyAction, type KeyMap } from './key-map';

const TOUR_ACTIONS: readonly KeyAction[] = ['tour-pause', 'tour-previous', 'tour-next'];
const STORY_ACTIONS: readonly KeyAction[] = ['read-on', 'act', 'choose-1', 'choose-2', 'choose-3', 'describe'];
const MOVE_ACTIONS: readonly KeyAction[] = ['forward', 'back', 'left', 'right', 'turn-left', 'turn-right'];
/** Keys a focused button answers to by itself: the router leaves them to it. */
const PRESS_KEYS = new Set(['Enter', 'NumpadEnter', 'Space']);

const INTENT_OF: Partial<Record<KeyAction, Intent>> = {
  'read-on': { kind: 'read-on' },
  act: { kind: 'act' },
  'choose-1': { kind: 'choose', index: 0 },
  'choose-2': { kind: 'choose', index: 1 },
  'choose-3': { kind: 'choose', index: 2 },
  'tour-pause': { kind: 'tour-pause' },
  'tour-previous': { kind: 'tour-step', direction: -1 },
  'tour-next': { kind: 'tour-step', direction: 1 },
  describe: { kind: 'describe' },
};

/** What a key press means in the moment: an intent to route, a key to hold, or nothing. */
export type KeyMeaning = { intent: Intent; swallow: boolean } | { hold: true; swallow: boolean } | null;

export interface KeyPress {
  code: string;
  /** The press is on a button, a field or a list (it answers Enter and Space itself). */
  onControl: boolean;
  /** The press is in a field or a list: its keys are its own, but for Esc. */
  typing: boolean;
  /** The pointer is locked: the browser takes Esc to free it (and the walk pauses then). */
  pointerLocked: boolean;
}

/**
 * Reads a key press against the map and the story's moment. On the tour the tour's keys come
 * first; Esc steps back; Space never picks a choice (it is how people read on, so it must not
 * choose by accident) and is swallowed while choices wait.
 */
export function meaningOfKey(press: KeyPress, map: KeyMap, store: SalvageStore, index: ScriptIndex): KeyMeaning {
  if (press.code === 'Escape') return press.pointerLocked ? null : { intent: { kind: 'back' }, swallow: false };
  if (press.typing) return null;
  const s = store.getState();
  const touring = s.story.mode === 'tour' && s.panel === 'none' && !s.story.ending;
  const tourAction = touring ? actionForKey(map, press.code, TOUR_ACTIONS) : null;
  if (tourAction) return { intent: INTENT_OF[tourAction]!, swallow: true };
  const storyAction = actionForKey(map, press.code, STORY_ACTIONS);
  if (storyAction && !(press.onControl && PRESS_KEYS.has(press.code))) {
    if (storyAction === 'read-on' && press.code === 'Space' && isChoosing(index, s.story)) return { hold: true, swallow: true };
    return { intent: INTENT_OF[storyAction]!, swallow: false };
  }
  if (actionForKey(map, press.code, MOVE_ACTIONS)) return { hold: true, swallow: press.code.startsWith('Arrow') };
  return null;
}

export interface KeyboardDeps {
  controls: Controls;
  map: () => KeyMap;
  store: SalvageStore;
  index: ScriptIndex;
  route: (intent: Intent) => boolean;
  noteDevice: (device: 'keyboard') => void;
  pointerLocked: () => boolean;
}

/** The keyboard's one pair of listeners: held keys into `controls`, presses into intents. */
export function listenToKeyboard(target: Window, deps: KeyboardDeps): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const element = event.target instanceof HTMLElement ? event.target : null;
    const typing = !!element && (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) || element.isContentEditable);
    const onControl = !!element?.closest('button, input, select, textarea, a');
    const press = { code: event.code, onControl, typing, pointerLocked: deps.pointerLocked() };
    const meaning = meaningOfKey(press, deps.map(), deps.store, deps.index);
    if (!meaning) return;
    deps.noteDevice('keyboard');
    if ('hold' in meaning) {
      deps.controls.keys.add(event.code);
      if (meaning.swallow) event.preventDefault();
      return;
    }
    if (event.repeat) {
      if (meaning.swallow) event.preventDefault();
      return;
    }
    if (deps.route(meaning.intent) || meaning.swallow) event.preventDefault();
  };
  const onKeyUp = (event: KeyboardEvent) => deps.controls.keys.delete(event.code);
  const onBlur = () => deps.controls.keys.clear();
  target.addEventListener('keydown', onKeyDown);
  target.addEventListener('keyup', onKeyUp);
  target.addEventListener('blur', onBlur);
  return () => {
    target.removeEventListener('keydown', onKeyDown);
    target.removeEventListener('keyup', onKeyUp);
    target.removeEventListener('blur', onBlur);
  };
}
