import { describe, expect, it, vi } from 'vitest';
import { createSalvageStore } from '../store/create-store';
import { INITIAL_STORY_STATE, isChoosing, type StoryState } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { controls, releaseControls } from './controls';
import { readPad, type PadLike } from './gamepad-input';
import type { Intent } from './intents';
import { meaningOfKey } from './keyboard-input';
import { DEFAULT_KEY_MAP, rebind } from './key-map';
import { routeIntent, type FocusPort } from './route-intent';

const greeting = storyIndex.beat('corridor.greeting')!;
const offer = storyIndex.beat('corridor.offer')!;
const walking: StoryState = { ...INITIAL_STORY_STATE, mode: 'explore', scene: 'corridor', arrived: true, beat: greeting.id, line: 0, seen: [greeting.id] };
const choosing: StoryState = { ...walking, beat: offer.id, line: offer.lines.length - 1, seen: [greeting.id, offer.id] };

function setup(story: StoryState, focused = false) {
  const store = createSalvageStore({ index: storyIndex });
  store.setState({ story });
  const focus: FocusPort & { pressed: number; moved: number[] } = {
    pressed: 0,
    moved: [],
    move(step) {
      this.moved.push(step);
      return true;
    },
    pressFocused() {
      if (focused) this.pressed += 1;
      return focused;
    },
  };
  const stepTour = vi.fn();
  const describeAround = vi.fn();
  const route = (intent: Intent) => routeIntent(intent, { store, index: storyIndex, focus, stepTour, describeAround });
  return { store, focus, stepTour, describeAround, route };
}

const key = (code: string, extra: Partial<{ onControl: boolean; typing: boolean; pointerLocked: boolean }> = {}) => ({
  code,
  onControl: false,
  typing: false,
  pointerLocked: false,
  ...extra,
});

describe('one router for every device', () => {
  it('reads on from Space, Enter, a tap or (A) alike', () => {
    for (const intent of [{ kind: 'read-on' }, { kind: 'confirm' }] as Intent[]) {
      const { store, route } = setup(walking);
      expect(route(intent)).toBe(true);
      expect(store.getState().story.line).toBe(1);
    }
    const { store } = setup(walking);
    expect(meaningOfKey(key('Space'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'read-on' }, swallow: false });
    expect(meaningOfKey(key('Enter'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'read-on' }, swallow: false });
  });

  it('leaves Enter and Space on a focused button to the button', () => {
    const { store } = setup(walking);
    expect(meaningOfKey(key('Enter', { onControl: true }), DEFAULT_KEY_MAP, store, storyIndex)).toBeNull();
  });

  it('never lets Space pick a choice; 1 to 3 choose; (A) presses the focused choice', () => {
    const { store, route } = setup(choosing);
    expect(isChoosing(storyIndex, store.getState().story)).toBe(true);
    expect(meaningOfKey(key('Space'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ hold: true, swallow: true });
    expect(route({ kind: 'read-on' })).toBe(false);
    expect(meaningOfKey(key('Digit2'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'choose', index: 1 }, swallow: false });
    expect(route({ kind: 'choose', index: 0 })).toBe(true);
    expect(store.getState().story.chosen).toEqual([`${offer.id}:${offer.choices![0]!.id}`]);

    const pad = setup(choosing, true);
    expect(pad.route({ kind: 'confirm' })).toBe(true);
    expect(pad.focus.pressed).toBe(1);
  });

  it('Esc and (B) step back: into pause, out of settings to pause, out of pause', () => {
    const { store, route } = setup(walking);
    expect(meaningOfKey(key('Escape'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'back' }, swallow: false });
    expect(meaningOfKey(key('Escape', { pointerLocked: true }), DEFAULT_KEY_MAP, store, storyIndex)).toBeNull();
    route({ kind: 'back' });
    expect(store.getState().panel).toBe('pause');
    store.getState().openPanel('settings');
    route({ kind: 'back' });
    expect(store.getState().panel).toBe('pause');
    route({ kind: 'back' });
    expect(store.getState().panel).toBe('none');
  });

  it('Start pauses a walk and resumes it; on the tour it pauses the tour', () => {
    const { store, route } = setup(walking);
    route({ kind: 'pause' });
    expect(store.getState().panel).toBe('pause');
    route({ kind: 'pause' });
    expect(store.getState().panel).toBe('none');
    const tour = setup({ ...walking, mode: 'tour' });
    tour.route({ kind: 'pause' });
    expect(tour.store.getState().tour.paused).toBe(true);
    expect(tour.store.getState().panel).toBe('none');
  });

  it("on the tour the tour's keys come first: Space pauses, the arrows change stop", () => {
    const { store, route, stepTour } = setup({ ...walking, mode: 'tour' });
    expect(meaningOfKey(key('Space'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'tour-pause' }, swallow: true });
    const next = meaningOfKey(key('ArrowRight'), DEFAULT_KEY_MAP, store, storyIndex);
    expect(next).toEqual({ intent: { kind: 'tour-step', direction: 1 }, swallow: true });
    route({ kind: 'tour-step', direction: 1 });
    expect(stepTour).toHaveBeenCalledWith(1);
    expect(route({ kind: 'read-on' })).toBe(true);
  });

  it('Q (or (Y)) asks for a description in a walk, on the tour too, but not from the title', () => {
    const { store, route, describeAround } = setup(walking);
    expect(meaningOfKey(key('KeyQ'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'describe' }, swallow: false });
    expect(route({ kind: 'describe' })).toBe(true);
    expect(describeAround).toHaveBeenCalledTimes(1);
    store.setState({ story: { ...store.getState().story, mode: 'tour' } });
    expect(meaningOfKey(key('KeyQ'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ intent: { kind: 'describe' }, swallow: false });
    store.setState({ story: { ...store.getState().story, mode: null } });
    expect(route({ kind: 'describe' })).toBe(false);
    expect(describeAround).toHaveBeenCalledTimes(1);
  });

  it('follows a remapped key and forgets the old one', () => {
    const { store } = setup(walking);
    const map = rebind(DEFAULT_KEY_MAP, 'act', 'KeyF');
    expect(meaningOfKey(key('KeyF'), map, store, storyIndex)).toEqual({ intent: { kind: 'act' }, swallow: false });
    expect(meaningOfKey(key('KeyE'), map, store, storyIndex)).toBeNull();
  });

  it('movement keys are held, not routed; nothing is read from a text field', () => {
    const { store } = setup(walking);
    expect(meaningOfKey(key('KeyW'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ hold: true, swallow: false });
    expect(meaningOfKey(key('ArrowUp'), DEFAULT_KEY_MAP, store, storyIndex)).toEqual({ hold: true, swallow: true });
    expect(meaningOfKey(key('KeyE', { typing: true }), DEFAULT_KEY_MAP, store, storyIndex)).toBeNull();
  });

  it('the d-pad moves the focus; on the title (A) with nothing focused focuses the first control', () => {
    const { focus, route } = setup(INITIAL_STORY_STATE);
    route({ kind: 'focus', step: 1 });
    route({ kind: 'confirm' });
    expect(focus.moved).toEqual([1, 1]);
  });
});

describe('the gamepad', () => {
  const pad = (pressed: number[], axes = [0, 0, 0, 0]): PadLike => ({
    connected: true,
    mapping: 'standard',
    axes,
    buttons: Array.from({ length: 17 }, (_, i) => ({ pressed: pressed.includes(i) })),
  });
  const sideways = (direction: 1 | -1): Intent => ({ kind: 'focus', step: direction });

  it('turns a press into one intent, however long the button is held', () => {
    const held: boolean[] = [];
    expect(readPad(pad([0]), held, controls, sideways).intents).toEqual([{ kind: 'confirm' }]);
    expect(readPad(pad([0]), held, controls, sideways).intents).toEqual([]);
    expect(readPad(pad([]), held, controls, sideways).intents).toEqual([]);
    expect(readPad(pad([0, 9, 13]), held, controls, sideways).intents).toEqual([{ kind: 'confirm' }, { kind: 'pause' }, { kind: 'focus', step: 1 }]);
    expect(readPad(pad([1, 15]), held, controls, sideways).intents).toEqual([{ kind: 'back' }, { kind: 'focus', step: 1 }]);
  });

  it('reads the sticks past a dead zone, reaching full travel', () => {
    releaseControls();
    const reading = readPad(pad([], [0.1, -1, 0.6, 0]), [], controls, sideways);
    expect(controls.pad.moveX).toBe(0);
    expect(controls.pad.moveY).toBe(-1);
    expect(controls.pad.lookX).toBeCloseTo(0.5);
    expect(reading.active).toBe(true);
    expect(readPad(pad([], [0.05, 0, 0, 0.1]), [], controls, sideways).active).toBe(false);
  });
});
