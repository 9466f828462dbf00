import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React adopts the prerendered title (and in the prerender itself), true from the
 * render after: for parts the prerendered HTML cannot know about (a notice about this visitor's
 * save), which then appear without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
