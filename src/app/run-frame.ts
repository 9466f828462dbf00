import type { Camera } from 'three';
import { controls, discardLook } from '../input/controls';
import { applyTurn, walkFrame, type WalkFrame } from '../input/walk-frame';
import { applyPoseToCamera } from '../player/camera-rig';
import { stepMovement } from '../player/movement';
import { placePlayer, playerPose } from '../player/pose';
import { gentleTurn, stepGentleTurn } from '../player/gentle-turn';
import { driveTour, suspendTour } from '../player/tour-driver';
import { tourRun, type TourFrame } from '../player/tour-run';
import type { SalvageStore } from '../store/create-store';
import type { ScriptIndex } from '../story/script-index';
import { arriveAtBeatView } from '../systems/beat-arrival';
import { captionSounds } from '../systems/caption-sounds';
import { sceneClock } from '../systems/scene-clock';
import { lookAtPlace } from '../systems/story-events';
import { comfort, stepComfort } from '../xr/comfort';
import { driveXr, type XrFrameInput } from '../xr/xr-driver';
import { isPresenting } from '../xr/xr-session';
import { xrRuntime } from '../xr/xr-runtime';
import { runtime } from './runtime';
import { tourLinkOf } from './tour-link';

export interface FrameContext {
  store: SalvageStore;
  index: ScriptIndex;
  camera: Camera;
}

const walk: WalkFrame = { move: { forward: 0, strafe: 0 }, yaw: 0, pitch: 0 };

/**
 * Everything that happens in a frame, in a fixed, named order:
 * clock -> a fresh arrival at a beat's view -> driver (desktop, tour, or xr) -> zones -> story time -> action prompt ->
 * the scene's director (its state at this frame's scene time) -> camera -> sound captions (from where the camera now looks).
 * The views' own frame callbacks run after this one (FrameLoop's stage), and only draw.
 * In a headset the XR system places the camera (the origin plus the head), and the desktop
 * controls are not read at all.
 * The tour driver looks at the zones after each of its steps too, so a fast tour skips none.
 * `clockStep` may be negative in capture mode (a frame captured at an earlier time).
 */
export function runFrame(ctx: FrameContext, clockStep: number): void {
  const state = ctx.store.getState();
  const config = runtime.config;
  runtime.gl?.info.reset();
  sceneClock.seconds += clockStep;
  const seconds = Math.max(0, clockStep);
  if (state.story.mode !== 'tour') suspendTour(tourRun, tourLinkOf(ctx.store));
  if (!config || !runtime.world || !state.story.mode) return;
  runtime.beatViewVisit = arriveAtBeatView(config, state.story, state.visit, runtime.beatViewVisit, playerPose);

  const playing = state.panel === 'none' && !state.story.ending;
  const presenting = isPresenting();
  const mode = state.story.mode;
  if (playing && mode === 'explore') driveDesktop(ctx, seconds);
  else discardLook(controls);
  // In a headset the tour waits for the panel its lines and captions are read on.
  if (playing && mode === 'tour' && (!presenting || xrRuntime.panelMounted)) driveTour(tourRun, tourFrame(ctx, presenting), seconds);
  // Paused or not, in a headset the pose follows the head (the room does not freeze on the eyes).
  // On the tour the tour moves the player; the sticks only turn.
  if (presenting && (mode === 'xr' || mode === 'tour')) driveXr(xrFrame(ctx, seconds, playing, mode === 'xr'));
  if (presenting) stepComfort(comfort, seconds, state.settings.comfortVignette);
  // A turn the story asked for (a touch on the arm) leads the head over whichever driver moves;
  // in a headset nobody turns the player's head for them.
  const turned = playing && !presenting ? stepGentleTurn(gentleTurn, seconds) : null;
  if (turned) playerPose.yaw = turned.yaw;
  if (turned?.pitch != null) playerPose.pitch = turned.pitch;

  storyEvents(ctx);
  runtime.director?.step?.(sceneClock.seconds, state.settings);
  if (!presenting) applyPoseToCamera(ctx.camera, playerPose);
  captionSounds(ctx.store, ctx.camera, seconds);
}

/** Zones, timed triggers and the action prompt, from where the player stands. */
function storyEvents(ctx: FrameContext): void {
  lookAtPlace(ctx.store, ctx.index, runtime.config, playerPose.position, sceneClock.seconds);
}

/** Walking without a headset: whatever the devices hold (keys, mouse, touch, a gamepad) moves and turns. */
function driveDesktop({ store }: FrameContext, seconds: number): void {
  const { settings } = store.getState();
  walkFrame(controls, settings.keys, runtime.pointerLocked, seconds, settings, walk);
  applyTurn(playerPose, walk);
  const inWorld = stepMovement(playerPose, walk.move, seconds, runtime.world!);
  if (!inWorld && runtime.config) placePlayer(playerPose, runtime.config.spawn.position, runtime.config.spawn.yaw);
}

function respawn(): void {
  if (runtime.config) placePlayer(playerPose, runtime.config.spawn.position, runtime.config.spawn.yaw);
}

function xrFrame(ctx: FrameContext, seconds: number, playing: boolean, walk: boolean): XrFrameInput {
  const { settings } = ctx.store.getState();
  const onStep = () => storyEvents(ctx);
  return { pose: playerPose, world: runtime.world!, camera: ctx.camera, seconds: playing ? seconds : 0, playing, walk, settings, respawn, onStep };
}

function tourFrame(ctx: FrameContext, xr: boolean): TourFrame {
  const onStep = () => storyEvents(ctx);
  const link = tourLinkOf(ctx.store);
  return { link, index: ctx.index, config: runtime.config, visit: runtime.stagedVisit, speed: runtime.tourSpeed, pose: playerPose, onStep, xr, comfort };
}
