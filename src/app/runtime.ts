import type { Object3D, WebGLRenderer } from 'three';
import type { Octree } from 'three/addons/math/Octree.js';
import type { SceneConfig, SceneDirector } from '../scenes/types';

/**
 * Per-frame and three.js things the systems share: never in the store, never in React state.
 */
export const runtime = {
  gl: null as WebGLRenderer | null,
  /** The staged scene's config and collision world (the construct's while another loads). */
  config: null as SceneConfig | null,
  world: null as Octree | null,
  /** The staged scene's director, stepped by `runFrame` (none where a scene has no logic of its own). */
  director: null as SceneDirector | null,
  /** The store's `visit` when the staged scene was last placed: a new visit starts at the spawn. */
  stagedVisit: -1,
  /** The store's `visit` whose arrival at a beat's view has been dealt with (systems/beat-arrival). */
  beatViewVisit: -1,
  pointerLocked: false,
  /** Capture mode: frames render only through `salvage.advance(seconds)`. */
  capture: false,
  /** In capture mode, the scene time the next frame renders at. */
  captureTime: 0,
  /** Tour seconds per real second: `?speed=N` plays the guided tour N times faster. */
  tourSpeed: 1,
  /** Where the sound is heard from: the audio listener, hung on the camera (the head, in a headset). */
  listener: null as Object3D | null,
};
