import { AdditiveAnimationBlendMode, Euler, Quaternion, Vector3 } from 'three';
import type { Figure } from './figure';

/** One clip's share of the pose this frame. */
export interface Layer {
  clip: string;
  weight: number;
}

/**
 * Poses a figure at scene time `t`: each listed clip at its weight (the rest at 0), every clip at
 * the same clock, so a captured frame at t is always the same frame. No allocation.
 */
export function poseFigure(figure: Figure, layers: readonly Layer[], t: number): void {
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
