import { AdditiveAnimationBlendMode, Euler, Quaternion, Vector3 } from 'three';
import type { Figure } from './figure';

/** One clip's share of the pose this frame. */
export interface Layer {
  clip: string;
  weight: number;
}

/** What the clips last set each bone to (turns and positions), before anything was laid on top. */
interface ClipPose {
  turns: Quaternion[];
  places: Vector3[];
}
const clipPoses = new WeakMap<Figure, ClipPose>();

/**
 * Puts back what the clips last set: three's mixer writes a bone only when its mixed value has
 * changed since the last frame, so a turn laid on top of the clips (a look, a reach) would
 * otherwise stay, and build up, on every bone whose track holds still.
 */
function restoreClipPose(figure: Figure): void {
  const pose = clipPoses.get(figure);
  if (!pose) return;
  figure.skeleton.bones.forEach((bone, i) => {
    bone.quaternion.copy(pose.turns[i]!);
    bone.position.copy(pose.places[i]!);
  });
}

function keepClipPose(figure: Figure): void {
  let pose = clipPoses.get(figure);
  if (!pose) {
    pose = { turns: figure.skeleton.bones.map(() => new Quaternion()), places: figure.skeleton.bones.map(() => new Vector3()) };
    clipPoses.set(figure, pose);
  }
  figure.skeleton.bones.forEach((bone, i) => {
    pose.turns[i]!.copy(bone.quaternion);
    pose.places[i]!.copy(bone.position);
  });
}

/**
 * Poses a figure at scene time `t`: each listed clip at its weight (the rest at 0), every clip at
 * the same clock, so a captured frame at t is always the same frame, whatever was laid on top of
 * the last one. No allocation after the first frame.
 */
export function poseFigure(figure: Figure, layers: readonly Layer[], t: number): void {
  restoreClipPose(figure);
  let lead = '';
  let best = -1;
  figure.actions.forEach((action, name) => {
    let weight = 0;
    for (const layer of layers) if (layer.clip === name) weight += layer.weight;
    action.setEffectiveWeight(weight);
    if (weight > best && action.blendMode !== AdditiveAnimationBlendMode) {
      best = weight;
      lead = name;
    }
  });
  figure.clip = lead;
  figure.mixer.setTime(t);
  keepClipPose(figure);
}

const local = new Vector3();
const turn = new Quaternion();
const euler = new Euler();

/**
 * Turns the head, and then the eyes, toward a point in the world (Neo's eyes), by `amount`
 * (0 to 1), on top of the pose the clips made. The neck and head share the turn; the eyes take
 * what is left, within what eyes can do.
 */
export function lookToward(figure: Figure, target: Vector3, amount: number, eyeHeight: number): void {
  const { neck, head, eye_L: left, eye_R: right } = figure.bones;
  if (!neck || !head || !left || !right) return;
  figure.root.updateMatrixWorld(true);
  head.worldToLocal(local.copy(target));
  const eyeY = eyeHeight;
  const yaw = Math.max(-1.1, Math.min(1.1, Math.atan2(local.x, local.z)));
  const pitch = Math.max(-0.5, Math.min(0.5, Math.atan2(eyeY - local.y, Math.hypot(local.x, local.z))));
  neck.quaternion.multiply(turn.setFromEuler(euler.set(pitch * 0.3 * amount, yaw * 0.35 * amount, 0)));
  head.quaternion.multiply(turn.setFromEuler(euler.set(pitch * 0.35 * amount, yaw * 0.45 * amount, 0)));
  const restYaw = Math.max(-0.4, Math.min(0.4, yaw * (1 - 0.8 * amount)));
  const restPitch = Math.max(-0.3, Math.min(0.3, pitch * (1 - 0.65 * amount)));
  left.quaternion.setFromEuler(euler.set(restPitch, restYaw, 0));
  right.quaternion.copy(left.quaternion);
}

/** A blink now and then: closed for a short moment every few seconds, at times fixed by the clock. */
export function blinkAt(t: number, seed = 0): number {
  const period = 3.7 + 1.3 * Math.sin(seed * 12.9898 + Math.floor(t / 4.3) * 78.233) ** 2;
  const phase = t % period;
  const x = phase / 0.16;
  return x < 1 ? Math.sin(x * Math.PI) : 0;
}

/** The mouth while a line is spoken: syllables opening and closing, a function of time only. */
export function speechAt(t: number): number {
  const syllable = 0.5 + 0.5 * Math.sin(t * 13.1);
  const phrase = 0.55 + 0.45 * Math.sin(t * 2.3 + 1.1 * Math.sin(t * 0.7));
  return Math.max(0, syllable * phrase * 0.55 - 0.03);
}
