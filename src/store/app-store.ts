import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { storyIndex } from '../story/story-index';
import { createSalvageStore } from './create-store';
import type { SalvageState } from './types';

const prefersReducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The app's one store. Tests make their own with createSalvageStore. */
export const salvageStore = createSalvageStore({
  index: storyIndex,
  storage: () => globalThis.localStorage,
  prefersReducedMotion,
});

/** Reads the store from a React view. */
export function useSalvage<T>(selector: (state: SalvageState) => T): T {
  return useStore(salvageStore, selector);
}

/** For selectors that build a new object or array each time. */
export function useSalvageShallow<T>(selector: (state: SalvageState) => T): T {
  return useStore(salvageStore, useShallow(selector));
}

/**
 * Calls `listener` now and whenever the story state changes (never per frame): how a scene's
 * director turns story cues into timed staging. Returns the unsubscribe function.
 */
export function followStory(listener: () => void): () => void {
  listener();
  return salvageStore.subscribe((s, prev) => {
    if (s.story !== prev.story) listener();
  });
}
