import { describe, expect, it } from 'vitest';
import { createSalvageStore } from '../store/create-store';
import { storyIndex } from '../story/story-index';
import { controlLabel, keyLabel } from './device-labels';
import { actionForKey, DEFAULT_KEY_MAP, isValidKeyMap, KEY_ACTIONS, rebind } from './key-map';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('the key map', () => {
  it('binds every action by default, without a clash', () => {
    expect(isValidKeyMap(DEFAULT_KEY_MAP)).toBe(true);
    for (const action of KEY_ACTIONS) expect(DEFAULT_KEY_MAP[action].length).toBeGreaterThan(0);
    expect(actionForKey(DEFAULT_KEY_MAP, 'KeyE')).toBe('act');
  });

  it('rebinding moves a key from the action it clashed with, and gives that action its defaults back', () => {
    const map = rebind(DEFAULT_KEY_MAP, 'act', 'KeyW');
    expect(map.act[0]).toBe('KeyW');
    expect(map.forward).toEqual(['ArrowUp']);
    expect(isValidKeyMap(map)).toBe(true);
    const taken = rebind(rebind(DEFAULT_KEY_MAP, 'left', 'KeyZ'), 'right', 'KeyZ');
    expect(taken.right[0]).toBe('KeyZ');
    expect(taken.left).toEqual(['KeyA']);
    expect(isValidKeyMap(taken)).toBe(true);
  });

  it('an action whose only key is taken gets a spare key, so nothing becomes unreachable', () => {
    const map = rebind(DEFAULT_KEY_MAP, 'act', 'KeyQ');
    expect(map.act[0]).toBe('KeyQ');
    expect(map.describe).toEqual(['KeyG']);
    expect(isValidKeyMap(map)).toBe(true);
  });

  it('never binds Esc or Tab', () => {
    expect(rebind(DEFAULT_KEY_MAP, 'act', 'Escape')).toBe(DEFAULT_KEY_MAP);
    expect(rebind(DEFAULT_KEY_MAP, 'act', 'Tab')).toBe(DEFAULT_KEY_MAP);
  });

  it('rejects maps with a missing action, an unknown action, a bad code or a clash', () => {
    const { act: _act, ...missing } = DEFAULT_KEY_MAP;
    expect(isValidKeyMap(missing)).toBe(false);
    expect(isValidKeyMap({ ...DEFAULT_KEY_MAP, jump: ['Space'] })).toBe(false);
    expect(isValidKeyMap({ ...DEFAULT_KEY_MAP, act: ['<script>'] })).toBe(false);
    expect(isValidKeyMap({ ...DEFAULT_KEY_MAP, act: ['KeyW'] })).toBe(false);
    expect(isValidKeyMap('wasd')).toBe(false);
  });

  it('a remapped key is saved with the settings and restored on the next visit', () => {
    const storage = memoryStorage();
    const first = createSalvageStore({ index: storyIndex, storage: () => storage });
    first.getState().updateSettings({ keys: rebind(first.getState().settings.keys, 'act', 'KeyF') });
    const next = createSalvageStore({ index: storyIndex, storage: () => storage });
    expect(next.getState().settings.keys.act[0]).toBe('KeyF');
    expect(next.getState().notices).toEqual([]);
  });

  it('a bad saved map falls back to the default keys with a notice, and keeps the other settings', () => {
    const storage = memoryStorage();
    const first = createSalvageStore({ index: storyIndex, storage: () => storage });
    first.getState().updateSettings({ volume: 0.3 });
    const saved = JSON.parse(storage.getItem('salvage-save')!);
    saved.state.settings.keys = { forward: 42 };
    storage.setItem('salvage-save', JSON.stringify(saved));
    const next = createSalvageStore({ index: storyIndex, storage: () => storage });
    expect(next.getState().settings.keys).toEqual(DEFAULT_KEY_MAP);
    expect(next.getState().settings.volume).toBe(0.3);
    expect(next.getState().notices.map((n) => n.id)).toEqual(['save-bad-keys']);
  });
});

describe('hints name the device used last', () => {
  it('names keys by their caps, taps on touch and face buttons on a pad', () => {
    expect(keyLabel('KeyE')).toBe('E');
    expect(keyLabel('Digit2')).toBe('2');
    expect(keyLabel('ArrowUp')).toBe('↑');
    expect(controlLabel('read-on', 'keyboard', DEFAULT_KEY_MAP)).toBe('Space');
    expect(controlLabel('act', 'mouse', DEFAULT_KEY_MAP)).toBe('E');
    expect(controlLabel('read-on', 'touch', DEFAULT_KEY_MAP)).toBe('tap');
    expect(controlLabel('choose-1', 'touch', DEFAULT_KEY_MAP)).toBeNull();
    expect(controlLabel('act', 'gamepad', DEFAULT_KEY_MAP)).toBe('(A)');
    expect(controlLabel('act', 'keyboard', rebind(DEFAULT_KEY_MAP, 'act', 'KeyF'))).toBe('F');
  });
});
