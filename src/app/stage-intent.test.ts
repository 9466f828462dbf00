import { describe, expect, it } from 'vitest';
import { createSalvageStore } from '../store/create-store';
import { FIXTURE_INDEX } from '../story/test-fixture';
import { runStageOnIntent } from './stage-intent';
import type { WarmupHost } from './stage-warmup';

/** A page with no one on it: its listeners kept, to be fired by hand. */
function quietPage() {
  const listeners = new Map<string, () => void>();
  const host: WarmupHost = {
    addEventListener: (type, listener) => void listeners.set(type, listener),
    removeEventListener: (type) => void listeners.delete(type),
    setTimeout: () => 0,
    whenIdle: () => undefined,
    prefetch: () => undefined,
  };
  return { host, fire: (type: string) => listeners.get(type)?.() };
}

function setup({ vr = false } = {}) {
  const store = createSalvageStore({ index: FIXTURE_INDEX });
  const page = quietPage();
  let runs = 0;
  const asked = Promise.resolve(vr);
  const now = runStageOnIntent(store, { host: page.host, run: () => runs++, vrReady: () => asked });
  return { store, page, now, asked, runs: () => runs };
}

describe('the 3D half runs when the visitor shows intent', () => {
  it('not while the title is only read (no headset that can enter VR)', async () => {
    const { asked, runs } = setup();
    await asked;
    expect(runs()).toBe(0);
  });

  it('once, on the first pointer move, however many follow', () => {
    const { page, runs } = setup();
    page.fire('pointermove');
    page.fire('keydown');
    expect(runs()).toBe(1);
  });

  it('when a story starts by any means, or a menu opens', () => {
    const started = setup();
    started.store.getState().startWalk('explore');
    expect(started.runs()).toBe(1);
    const menu = setup();
    menu.store.getState().openPanel('settings');
    expect(menu.runs()).toBe(1);
  });

  it('at once where a headset can enter VR', async () => {
    const { asked, runs } = setup({ vr: true });
    await asked;
    await Promise.resolve();
    expect(runs()).toBe(1);
  });

  it('when the page asks for it (no WebGL), only once with later intents', () => {
    const { page, now, runs } = setup();
    now();
    page.fire('click');
    expect(runs()).toBe(1);
  });
});
