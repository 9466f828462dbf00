import { Vector3 } from 'three';
import { act, type Acting } from '../../figures/act';
import type { Figure } from '../../figures/figure';
import { SMITH_EYES_ABOVE_HEAD } from '../../figures/smith';
import { takeHold } from '../../figures/reach';
import { EYE_HEIGHT, playerPose } from '../../player/pose';
import { progressOf, type CorridorState } from './corridor-state';
import { neoPalmInWorld, neoWristInWorld } from './neo-hand';
import { lerpAngle, SMITH_POSES, type PoseTarget } from './smith-poses';

export const MOVE_SECONDS = 1.8;

interface Placed {
  x: number;
  z: number;
  facing: number;
}

/** Where a pose puts Smith now: some poses turn toward Neo, or stand at arm's length from him. */
function place(pose: PoseTarget, out: Placed): Placed {
  let { x, z } = pose;
  if (pose.nearNeo !== undefined) {
    const dx = pose.x - playerPose.position.x;
    const dz = pose.z - playerPose.position.z;
    const length = Math.hypot(dx, dz) || 1;
    x = playerPose.position.x + (dx / length) * pose.nearNeo;
    z = playerPose.position.z + (dz / length) * pose.nearNeo;
  }
  out.x = x;
  out.z = z;
  out.facing = pose.facing ?? Math.atan2(playerPose.position.x - x, playerPose.position.z - z);
  return out;
}

const from: Placed = { x: 0, z: 0, facing: 0 };
const to: Placed = { x: 0, z: 0, facing: 0 };
const neoEyes = new Vector3();
const neoWrist = new Vector3();
const fingers = new Vector3();
const UP = new Vector3(0, 1, 0);
/** The clip whose left hand holds Neo's wrist: the grip then follows where the wrist really is. */
const GRIP_CLIP = 'reach-wrist';
/** Seconds Smith's right hand takes to go to Neo's palm, pick up the red pill, and come back. */
export const TAKE_SECONDS = 1.8;
/** The palm closes over the pill from just above it. */
const ABOVE_PILL = 0.03;
const neoPalm = new Vector3();
const DOWN = new Vector3(0, -1, 0);

/**
 * How far into taking the red pill Smith's right hand is (0 to 1), `t` seconds in: out to the
 * palm by the middle, the pill in his fingers from then on; null before he reaches for it.
 */
export function takeProgress(state: CorridorState, t: number): number | null {
  return state.redTakenAt === null ? null : Math.min(1, Math.max(0, (t - state.redTakenAt) / TAKE_SECONDS));
}

/** His right hand goes to Neo's open palm, palm down over the red pill, and back. */
function takeTheRedPill(figure: Figure, state: CorridorState, t: number, k: number): void {
  neoPalmInWorld(state.hand, t, playerPose, neoPalm);
  neoPalm.y += ABOVE_PILL;
  const yaw = playerPose.yaw;
  // Fingers ahead, away from Neo (the view's forward), palm down over the pill.
  fingers.set(-Math.sin(yaw), 0, -Math.cos(yaw));
  takeHold(figure, 'R', neoPalm, fingers, DOWN, Math.sin(Math.PI * k));
}

/** The palm cradles the wrist from below: its middle this far under the wrist's middle. */
export const UNDER_WRIST = 0.04;

/**
 * Smith's left hand under Neo's wrist, palm up, the fingers across it toward Neo's left (and a
 * little toward Neo), closing over it: the way one takes a wrist to open the hand.
 */
function holdNeosWrist(figure: Figure, state: CorridorState, t: number, weight: number): void {
  neoWristInWorld(state.hand, t, playerPose, neoWrist);
  neoWrist.y -= UNDER_WRIST;
  const yaw = playerPose.yaw;
  // The view's left is (-cos yaw, 0, sin yaw); toward Neo is the view's back, (sin yaw, 0, cos yaw).
  fingers.set(-Math.cos(yaw) + 0.35 * Math.sin(yaw), 0, Math.sin(yaw) + 0.35 * Math.cos(yaw));
  takeHold(figure, 'L', neoWrist, fingers, UP, weight);
}

/**
 * Smith this frame: eased from the pose he was in to the one the script cued, walking when the
 * move is more than a shuffle, his head and eyes on Neo as far as the pose allows, his face
 * tired, his mouth moving while his line is shown. Holding Neo's wrist, his left palm stays on it
 * wherever Neo's hand is before the player's eyes (`firstPersonHand`: false in a headset, where
 * the player's own hands hold the pills and the clip's grip is kept).
 */
export function stepSmith(figure: Figure, acting: Acting, state: CorridorState, t: number, speaking: boolean, firstPersonHand = true): void {
  const k = progressOf(state.smith, t, MOVE_SECONDS);
  const a = SMITH_POSES[state.smith.from];
  const b = SMITH_POSES[state.smith.to];
  place(a, from);
  place(b, to);
  const distance = Math.hypot(to.x - from.x, to.z - from.z);
  const walking = k > 0 && k < 1 && distance > 0.4 ? Math.sin(k * Math.PI) : 0;
  figure.root.position.set(from.x + (to.x - from.x) * k, 0, from.z + (to.z - from.z) * k);
  figure.root.rotation.set(-(a.lean + (b.lean - a.lean) * k), lerpAngle(from.facing, to.facing, k), 0, 'YXZ');
  const layers = acting.layers;
  layers.length = 0;
  layers.push({ clip: a.clip, weight: (1 - k) * (1 - walking) }, { clip: b.clip, weight: k * (1 - walking) }, { clip: 'walk', weight: walking }, { clip: 'breathe', weight: 1 });
  acting.target = neoEyes.set(playerPose.position.x, playerPose.position.y + EYE_HEIGHT, playerPose.position.z);
  acting.look = a.look + (b.look - a.look) * k;
  acting.sorrow = a.sorrow + (b.sorrow - a.sorrow) * k;
  acting.speaking = speaking;
  act(figure, acting, t, SMITH_EYES_ABOVE_HEAD);
  const grip = ((a.clip === GRIP_CLIP ? 1 - k : 0) + (b.clip === GRIP_CLIP ? k : 0)) * (1 - walking);
  if (firstPersonHand && grip > 0) holdNeosWrist(figure, state, t, grip);
  const take = takeProgress(state, t);
  if (firstPersonHand && take !== null && take < 1) takeTheRedPill(figure, state, t, take);
}
