import { describe, expect, it } from 'vitest';
import { LOWEST_LEVEL } from '../../app/quality-levels';
import { FIXTURE_INDEX } from '../../story/test-fixture';
import { createSalvageStore } from '../create-store';

describe('the quality slice', () => {
  it('steps down and back up while adapting, within the levels', () => {
    const store = createSalvageStore({ index: FIXTURE_INDEX });
    store.getState().setQualityMode({ adaptive: true, level: 0 });
    store.getState().stepQuality(-1);
    expect(store.getState().quality.level).toBe(0);
    for (let i = 0; i < LOWEST_LEVEL + 2; i += 1) store.getState().stepQuality(1);
    expect(store.getState().quality.level).toBe(LOWEST_LEVEL);
    store.getState().stepQuality(-1);
    expect(store.getState().quality.level).toBe(LOWEST_LEVEL - 1);
  });

  it('a pinned level never moves', () => {
    const store = createSalvageStore({ index: FIXTURE_INDEX });
    store.getState().setQualityMode({ adaptive: false, level: 2 });
    store.getState().stepQuality(1);
    store.getState().stepQuality(-1);
    expect(store.getState().quality).toEqual({ adaptive: false, level: 2 });
  });

  it('is not saved: the next visit measures afresh', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => void saved.set(k, v),
      removeItem: (k: string) => void saved.delete(k),
    } as Storage;
    const store = createSalvageStore({ index: FIXTURE_INDEX, storage: () => storage });
    store.getState().setQualityMode({ adaptive: true, level: 3 });
    store.getState().updateSettings({ volume: 0.5 });
    expect([...saved.values()].join('')).toContain('volume');
    expect([...saved.values()].join('')).not.toContain('quality');
  });
});
