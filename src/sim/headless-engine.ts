import { Vector3 } from 'three';
import type { Octree } from 'three/addons/math/Octree.js';
import { worldColliderFor } from '../player/collision';
import { stepMovement, type MoveIntent } from '../player/movement';
import { placePlayer, type PlayerPose } from '../player/pose';
import { tourLinkOf } from '../app/tour-link';
import { driveTour } from '../player/tour-driver';
import type { TourRun } from '../player/tour-run';
import { createComfort } from '../xr/comfort';
import { beachConfig } from '../scenes/beach/config';
import { constructConfig } from '../scenes/construct/config';
import { corridorConfig } from '../scenes/corridor/config';
import { interludeConfig } from '../scenes/interlude/config';
import { plazaConfig } from '../scenes/plaza/config';
import type { SceneConfig } from '../scenes/types';
import { createSalvageStore, type SalvageStore } from '../store/create-store';
import type { ScriptIndex } from '../story/script-index';
import type { Mode, SceneId } from '../story/types';
import { lookAtPlace } from '../systems/story-events';

/** The staged scenes' configs, as the registry loads them (a test checks they are the same objects). */
export const HEADLESS_CONFIGS: Partial<Record<SceneId, SceneConfig>> = {
  construct: constructConfig,
  plaza: plazaConfig,
  corridor: corridorConfig,
  interlude: interludeConfig,
  beach: beachConfig,
};

/**
 * The engine without a view: the real store and story machine, the capsule against each scene's
 * colliders, the zones, timed triggers and action spots, staged the way the app stages a scene
 * (the player at its spawn, the arrival told a few frames later). For soft-lock hunts and other
 * runs of many walks in a unit test.
 */
export interface HeadlessEngine {
  store: SalvageStore;
  index: ScriptIndex;
  pose: PlayerPose;
  /** The scene staged now, its config and collision world. */
  staged: SceneId | null;
  config: SceneConfig | null;
  world: Octree | null;
  /** Seconds since the staged scene appeared (the app's scene clock). */
  sceneSeconds: number;
  /** Seconds since the engine started. */
  seconds: number;
  /** Frames drawn since the staged scene appeared. */
  framesStaged: number;
}

/** Frames between staging a scene and the story's arrival in it (the app waits for its first frame). */
const ARRIVAL_FRAMES = 2;

export function createHeadlessEngine(index: ScriptIndex, mode: Mode = 'explore'): HeadlessEngine {
  const store = createSalvageStore({ index });
  store.getState().startWalk(mode);
  const pose: PlayerPose = { position: new Vector3(), yaw: 0, pitch: 0, velocity: new Vector3(), onFloor: false };
  return { store, index, pose, staged: null, config: null, world: null, sceneSeconds: 0, seconds: 0, framesStaged: 0 };
}

/** Starts the walk at a state computed elsewhere (a deep link's). */
export function jumpHeadless(engine: HeadlessEngine, state: ReturnType<SalvageStore['getState']>['story']): void {
  engine.store.getState().jumpTo(state);
  engine.staged = null;
}

/**
 * Stages the story's scene when it changed (spawn, clock), tells the story it arrived once the
 * scene has been up for its first frames, and returns false when the scene is not staged in 3D.
 */
export function stageHeadless(engine: HeadlessEngine): boolean {
  const { story } = engine.store.getState();
  if (engine.staged !== story.scene) {
    const config = HEADLESS_CONFIGS[story.scene];
    if (!config) return false;
    engine.staged = story.scene;
    engine.config = config;
    engine.world = worldColliderFor(config.colliders);
    engine.sceneSeconds = 0;
    engine.framesStaged = 0;
    placePlayer(engine.pose, config.spawn.position, config.spawn.yaw);
    engine.store.getState().stage(story.scene);
  }
  engine.framesStaged += 1;
  if (!story.arrived && engine.framesStaged > ARRIVAL_FRAMES) engine.store.getState().dispatch({ type: 'arrive', scene: story.scene });
  return true;
}

/**
 * One frame of a walking player: their move against the colliders, then the story's look at
 * where they stand (run-frame's order). A player standing still on the floor stays put, as the
 * capsule would keep them (and costs nothing to step).
 */
export function walkFrame(engine: HeadlessEngine, intent: MoveIntent, seconds: number): void {
  passTime(engine, seconds);
  const { config, world, pose } = engine;
  if (!config || !world) return;
  const still = intent.forward === 0 && intent.strafe === 0 && pose.onFloor;
  if (!still && !stepMovement(pose, intent, seconds, world)) placePlayer(pose, config.spawn.position, config.spawn.yaw);
  lookAtPlace(engine.store, engine.index, config, pose.position, engine.sceneSeconds);
}

/**
 * One frame of the guided tour: the real tour driver moves the pose and paces the story, looking
 * at the place after each of its steps, as run-frame has it do.
 */
export function tourFrame(engine: HeadlessEngine, run: TourRun, speed: number, seconds: number): void {
  passTime(engine, seconds);
  const { store, index, config, pose } = engine;
  const onStep = () => lookAtPlace(store, index, config, pose.position, engine.sceneSeconds);
  driveTour(run, { link: tourLinkOf(store), index, config, visit: store.getState().visit, speed, pose, onStep, xr: false, comfort: unusedComfort }, seconds);
}

/** The headless tour is a desktop tour: it never fades a headset's view. */
const unusedComfort = createComfort();

function passTime(engine: HeadlessEngine, seconds: number): void {
  engine.seconds += seconds;
  engine.sceneSeconds += seconds;
}
