import { Vector3, type Camera } from 'three';
import type { Octree } from 'three/addons/math/Octree.js';
import { stepMovement, type MoveIntent } from '../player/movement';
import type { PlayerPose } from '../player/pose';
import type { Settings } from '../store/settings';
import { comfort, fadeThrough, revealFromBlack } from './comfort';
import { isAiming, moveAlong, stepTeleport } from './teleport';
import { alignOrigin, composePose, headFrom, snapTurnStep, turnAroundHead } from './xr-pose';
import { xrRuntime } from './xr-runtime';
import { xrStore } from './xr-store';

/** Stick travel below this is drift, not intent. */
const DEADZONE = 0.15;
/** Further than this from where the driver left the player: someone else placed them (a spawn). */
const PLACED_EPSILON = 1e-4;
/** Smooth turn at full stick, radians per second (90°/s). */
const SMOOTH_TURN_RATE = Math.PI / 2;
/** Seated play lifts the floor of the tracking space this much, so a seated head sees from standing height. */
export const SEATED_LIFT = 0.5;

const sticks = { left: { x: 0, y: 0 }, right: { x: 0, y: 0 } };
const intent: MoveIntent = { forward: 0, strafe: 0 };
const before = new Vector3();

export interface XrFrameInput {
  pose: PlayerPose;
  world: Octree;
  /** The camera the XR system drives (a child of the origin). */
  camera: Camera;
  seconds: number;
  /** False while paused: the pose still follows the head, but the sticks do nothing. */
  playing: boolean;
  /** The player moves themselves (the left stick, teleport); false on the tour, where only turning is theirs. */
  walk: boolean;
  settings: Pick<Settings, 'xrTurn' | 'snapAngle' | 'seated'>;
  /** Where to go back to when the player falls out of the world. */
  respawn: () => void;
  /** The story's look at the pose (zones): called along the way of a teleport. */
  onStep: () => void;
}

/**
 * One frame in a headset. The pose is the XR origin plus the head: the left stick walks (the
 * desktop's capsule collision, moving the origin by what the capsule moved), the right stick
 * snap-turns about the head. Desktop keys and mouse are never read here.
 */
export function driveXr({ pose, world, camera, seconds, playing, walk, settings, respawn, onStep }: XrFrameInput): void {
  const origin = xrRuntime.origin;
  if (!origin) return;
  readHead(camera);
  const { originPose, head, written } = xrRuntime;
  xrRuntime.lift = settings.seated ? SEATED_LIFT : 0;
  // A session that just started, or the story placing the player: the room moves under the head.
  const fresh = Number.isNaN(written.position.x);
  if (fresh || pose.position.distanceTo(written.position) > PLACED_EPSILON || Math.abs(pose.yaw - written.yaw) > PLACED_EPSILON) {
    alignOrigin(pose, head, originPose);
    // A new scene's spawn (or any placement by the story) is revealed from black, never seen as a lurch.
    if (!fresh) revealFromBlack(comfort);
  }
  readSticks(playing);
  const target = playing && walk ? aimTeleport(pose, world) : clearTeleport();
  if (target) fadeThrough(comfort, () => moveAlong(pose, target, onStep));

  const turning = isAiming(xrRuntime.teleport) ? 0 : sticks.right.x;
  const turn = settings.xrTurn === 'smooth' ? -deadzone(turning) * SMOOTH_TURN_RATE * seconds : snapTurnStep(xrRuntime.snap, turning, (settings.snapAngle * Math.PI) / 180);
  if (turn) turnAroundHead(originPose, head, turn);

  composePose(originPose, head, pose);
  before.copy(pose.position);
  intent.forward = walk ? deadzone(-sticks.left.y) : 0;
  intent.strafe = walk ? deadzone(sticks.left.x) : 0;
  comfort.moving = intent.forward !== 0 || intent.strafe !== 0 || (settings.xrTurn === 'smooth' && turn !== 0);
  if (stepMovement(pose, intent, seconds, world)) {
    originPose.position.add(pose.position).sub(before);
  } else {
    respawn();
    alignOrigin(pose, head, originPose);
  }
  origin.position.set(originPose.position.x, originPose.position.y + xrRuntime.lift, originPose.position.z);
  origin.rotation.set(0, originPose.yaw, 0);
  composePose(originPose, head, pose);
  written.position.copy(pose.position);
  written.yaw = pose.yaw;
}

function aimTeleport(pose: PlayerPose, world: Octree) {
  const state = xrStore.getState();
  return stepTeleport(xrRuntime.teleport, {
    sources: state.session?.inputSources ?? [],
    frame: xrRuntime.frame,
    space: state.originReferenceSpace ?? null,
    origin: xrRuntime.originPose,
    lift: xrRuntime.lift,
    world,
    pose,
    ui: xrRuntime.uiTargets,
  });
}

function clearTeleport(): null {
  xrRuntime.teleport.aimer = null;
  xrRuntime.teleport.arc.count = 0;
  xrRuntime.teleport.arc.verdict = 'none';
  return null;
}

/** Forgets where the driver left the player: the next XR frame aligns the room to the pose. */
export function resetXrDriver(): void {
  xrRuntime.written.position.x = Number.NaN;
  xrRuntime.snap.armed = true;
}

function readHead(camera: Camera): void {
  const { frame } = xrRuntime;
  const space = xrStore.getState().originReferenceSpace;
  const viewer = frame && space ? frame.getViewerPose(space) : null;
  if (viewer) headFrom(viewer.transform.position, viewer.transform.orientation, xrRuntime.head);
  // Between poses (tracking lost), the camera keeps the last one three applied.
  else headFrom(camera.position, camera.quaternion, xrRuntime.head);
}

function readSticks(playing: boolean): void {
  sticks.left.x = sticks.left.y = sticks.right.x = sticks.right.y = 0;
  if (!playing) return;
  const sources = xrStore.getState().session?.inputSources;
  if (!sources) return;
  for (const source of sources) {
    const axes = source.gamepad?.axes;
    if (!axes || (source.handedness !== 'left' && source.handedness !== 'right')) continue;
    // xr-standard mapping: the thumbstick is axes 2 and 3 (0 and 1 are a touchpad).
    sticks[source.handedness].x = axes[2] ?? 0;
    sticks[source.handedness].y = axes[3] ?? 0;
  }
}

function deadzone(value: number): number {
  return Math.abs(value) < DEADZONE ? 0 : value;
}
