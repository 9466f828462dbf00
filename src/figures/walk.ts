import { Vector3, type AnimationClip } from 'three';
import { clipFromKeys, type Key } from './clips';
import { solvePose } from './pose';
import type { BoneSpec } from './skeleton';

/** One walking step: which leg leads, how far through the stride (0 the heel down, 1 the foot passing). */
function step(specs: BoneSpec[], lead: 'L' | 'R', passing: boolean): Key['pose'] {
  const back = lead === 'L' ? 'R' : 'L';
  // A thigh's -x swings it forward, a shin's +x bends the knee; an upper arm's -x swings it forward.
  const turns: Record<string, [number, number, number]> = passing
    ? {
        [`upLeg_${lead}`]: [0.05, 0, 0],
        [`leg_${lead}`]: [0.05, 0, 0],
        [`upLeg_${back}`]: [-0.22, 0, 0],
        [`leg_${back}`]: [0.65, 0, 0],
        [`foot_${back}`]: [-0.2, 0, 0],
        upperArm_L: [0, 0, 0.05],
        upperArm_R: [0, 0, -0.05],
      }
    : {
        [`upLeg_${lead}`]: [-0.36, 0, 0],
        [`leg_${lead}`]: [0.06, 0, 0],
        [`foot_${lead}`]: [0.18, 0, 0],
        [`upLeg_${back}`]: [0.28, 0, 0],
        [`leg_${back}`]: [0.3, 0, 0],
        [`foot_${back}`]: [-0.3, 0, 0],
        // The arms swing against the legs: the arm on the leading leg's side goes back.
        [`upperArm_${lead}`]: [0.28, 0, lead === 'L' ? 0.05 : -0.05],
        [`upperArm_${back}`]: [-0.3, 0, back === 'L' ? 0.05 : -0.05],
        spine: [0, lead === 'L' ? 0.05 : -0.05, 0],
        chest: [0, lead === 'L' ? -0.08 : 0.08, 0],
      };
  turns.foreArm_L = [-0.3, 0, 0];
  turns.foreArm_R = [-0.3, 0, 0];
  return solvePose(specs, { turns, curl: { L: 0.3, R: 0.3 } });
}

/**
 * A walk for any build made by the figure system: a stride of the legs, the knee bending as each
 * foot passes, the arms swinging against the legs and the chest against the hips, the body
 * lowest as a heel comes down. One stride of both legs in `period` seconds; the clip moves
 * nobody along the ground (whoever plays it does, at about `strideLength(specs) / period`).
 */
export function createWalkClip(specs: BoneSpec[], period = 1.1): AnimationClip {
  const rest = specs[0]!.at;
  const low = rest.clone().add(new Vector3(0, -0.02, 0));
  const high = rest.clone().add(new Vector3(0, 0.015, 0));
  const contactL = step(specs, 'L', false);
  return clipFromKeys(
    'walk',
    specs,
    [
      { at: 0, pose: contactL, hips: low },
      { at: period * 0.25, pose: step(specs, 'L', true), hips: high },
      { at: period * 0.5, pose: step(specs, 'R', false), hips: low },
      { at: period * 0.75, pose: step(specs, 'R', true), hips: high },
      { at: period, pose: contactL, hips: low },
    ],
    period,
  );
}

/** How far one stride of both legs carries a figure of this build (two steps of about 0.4 of its leg length each). */
export function strideLength(specs: BoneSpec[]): number {
  const hips = specs.find((s) => s.name === 'hips')!.at.y;
  return 2 * 0.8 * hips * 0.55;
}
