import { useSyncExternalStore } from 'react';

/** The 3D half of the app: three, fiber, drei, the XR stack, and what only they need. */
export type StageModule = typeof import('./stage-entry');

let loaded: StageModule | null = null;
let pending: Promise<StageModule> | null = null;
const listeners = new Set<() => void>();
let resolveLoaded: (module: StageModule) => void = () => {};
/** Settles when the 3D half has loaded, whoever asked for it. */
export const stageLoaded = new Promise<StageModule>((resolve) => {
  resolveLoaded = resolve;
});

/**
 * Loads the 3D half once (later calls share the promise). The title does not wait for it: it is
 * asked for on the visitor's first intent, or once the title has sat still (stage-warmup.ts).
 */
export function loadStage(): Promise<StageModule> {
  pending ??= import('./stage-entry').then((module) => {
    loaded = module;
    for (const listener of listeners) listener();
    resolveLoaded(module);
    return module;
  });
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The 3D half once it has loaded, else null (always null while React adopts the prerendered title). */
export function useStageModule(): StageModule | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
