import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { preferredLanguage } from '../i18n/languages';
import { storyIndex } from '../story/story-index';
import { createSalvageStore } from './create-store';
import type { SalvageState } from './types';

const prefersReducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
// What the browser asks for, when nothing is saved (the build's prerender has no navigator: English).
const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];

/** The app's one store. Tests make their own with createSalvageStore. */
export const salvageStore = createSalvageStore({
  index: storyIndex,
  storage: () => globalThis.localStorage,
  prefersReducedMotion,
  language: preferredLanguage(browserLanguages),
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
