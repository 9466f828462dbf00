import { describe, expect, it } from 'vitest';
import { keepEarlyInput, takeEarlyInput } from './early-input';

/** A page in a test: its capturing listeners, and events on things that may sit in a button. */
function fakePage() {
  const listeners = new Map<string, Set<(event: Event) => void>>();
  const page = {
    addEventListener: (type: string, listener: (event: Event) => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(listener),
    removeEventListener: (type: string, listener: (event: Event) => void) => void listeners.get(type)?.delete(listener),
    dispatch: (type: string, inButton: string | null = null) => {
      const event = { target: { closest: () => (inButton ? ({ id: inButton } as unknown as Element) : null) } } as unknown as Event;
      for (const listener of listeners.get(type) ?? []) listener(event);
    },
    listening: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
  return page as typeof page & Document;
}

describe('input before the app adopts the title', () => {
  it('keeps clicks on buttons (or inside them), oldest first, and nothing else', () => {
    const page = fakePage();
    keepEarlyInput(page);
    page.dispatch('click', 'start');
    page.dispatch('click', null);
    page.dispatch('click', 'settings');
    expect(takeEarlyInput(page).clicks.map((button) => button.id)).toEqual(['start', 'settings']);
  });

  it('notes an intent (the pointer moving) without a click', () => {
    const page = fakePage();
    keepEarlyInput(page);
    expect(takeEarlyInput(page).intended).toBe(false);
    keepEarlyInput(page);
    page.dispatch('pointermove');
    expect(takeEarlyInput(page)).toEqual({ clicks: [], intended: true });
  });

  it('stops listening once taken', () => {
    const page = fakePage();
    keepEarlyInput(page);
    takeEarlyInput(page);
    expect(page.listening()).toBe(0);
    page.dispatch('click', 'start');
    expect(takeEarlyInput(page)).toEqual({ clicks: [], intended: false });
  });
});
