import type { SceneId } from '../story/types';
import type { SceneModule } from './types';

/**
 * The scenes that are staged in 3D, each loaded on demand. A story scene missing here is not
 * built yet: the player waits in the construct, told so.
 */
export const SCENE_LOADERS: Partial<Record<SceneId, () => Promise<SceneModule>>> = {
  construct: () => import('./construct'),
  plaza: () => import('./plaza'),
  corridor: () => import('./corridor'),
  interlude: () => import('./interlude'),
  beach: () => import('./beach'),
};

const loaded = new Map<SceneId, SceneModule>();
const pending = new Map<SceneId, Promise<SceneModule>>();

export function isStaged(scene: SceneId): boolean {
  return scene in SCENE_LOADERS;
}

/** The module, if it has finished loading. */
export function loadedScene(scene: SceneId): SceneModule | undefined {
  return loaded.get(scene);
}

/** Loads a scene module once; later calls share the same promise. */
export function loadScene(scene: SceneId): Promise<SceneModule> {
  const existing = pending.get(scene);
  if (existing) return existing;
  const loader = SCENE_LOADERS[scene];
  if (!loader) return Promise.reject(new Error(`The scene "${scene}" is not staged yet.`));
  const promise = loader().then((module) => {
    loaded.set(scene, module);
    return module;
  });
  promise.catch(() => pending.delete(scene));
  pending.set(scene, promise);
  return promise;
}
