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
