import { Euler, Vector3 } from 'three';
import { BODY_TYPES } from '../../figures/body-types';
import { armPose, palmInView, wristInView, type HandInView } from '../../figures/first-person-arm';
import type { Pose } from '../../figures/pose';
import { boneSpecs, type BoneSpec } from '../../figures/skeleton';
import { EYE_HEIGHT, type PlayerPose } from '../../player/pose';
import type { HandPose } from './corridor-staging';
import { progressOf, type Transition } from './corridor-state';

/**
 * Neo's right hand for each pose, in front of the eyes (camera space, metres): open with both pills
 * on the palm, holding one out to Smith, lowered with the fingers closed over them, or down out of
 * sight, each above the dialogue's panel when it is in view.
 */
export const HANDS: Record<HandPose, HandInView> = {
  hidden: { palm: new Vector3(0.22, -0.7, -0.12), fingers: new Vector3(0, -1, -0.3), facing: new Vector3(-1, 0, 0), curl: 0.35 },
  both: { palm: new Vector3(0.1, -0.13, -0.42), fingers: new Vector3(-0.3, 0.15, -1), facing: new Vector3(0.05, 1, 0.2), curl: 0.1 },
  red: { palm: new Vector3(0.06, -0.08, -0.5), fingers: new Vector3(-0.2, 0.25, -1), facing: new Vector3(0, 1, 0.3), curl: 0.2 },
  blue: { palm: new Vector3(0.06, -0.08, -0.5), fingers: new Vector3(-0.2, 0.25, -1), facing: new Vector3(0, 1, 0.3), curl: 0.2 },
  lowered: { palm: new Vector3(0.16, -0.3, -0.4), fingers: new Vector3(-0.4, 0.1, -1), facing: new Vector3(-0.2, 1, 0.1), curl: 0.8 },
};

/** Which pills each pose shows (of those Neo still holds). */
export const SHOWS: Record<HandPose, { red: boolean; blue: boolean }> = {
  hidden: { red: false, blue: false },
  both: { red: true, blue: true },
  red: { red: true, blue: false },
  blue: { red: false, blue: true },
  lowered: { red: true, blue: true },
};

/** Seconds the hand takes from one pose to the next. */
const HAND_SECONDS = 0.7;

/** How far the hand has got from its last pose to the one cued (0 to 1, eased twice: a soft start and stop). */
export function handProgress(hand: Transition<HandPose>, t: number): number {
  const k = progressOf(hand, t, HAND_SECONDS);
  return k * k * (3 - 2 * k);
}

let poses: Record<HandPose, Pose> | null = null;

/** Each hand pose's bone turns, solved once for the arm's skeleton (the figure system's grown man). */
export function handPoses(): Record<HandPose, Pose> {
  if (!poses) {
    const specs = boneSpecs(BODY_TYPES.man);
    poses = Object.fromEntries(Object.entries(HANDS).map(([name, hand]) => [name, armPose(specs, hand)])) as Record<HandPose, Pose>;
  }
  return poses;
}

/** A point of the hand in the view, for each pose, measured once. */
function perPose(measure: (specs: BoneSpec[], pose: Pose) => Vector3): () => Record<HandPose, Vector3> {
  let measured: Record<HandPose, Vector3> | null = null;
  return () => {
    if (!measured) {
      const specs = boneSpecs(BODY_TYPES.man);
      measured = Object.fromEntries(Object.entries(handPoses()).map(([name, pose]) => [name, measure(specs, pose)])) as Record<HandPose, Vector3>;
    }
    return measured;
  };
}
const wristsInView = perPose(wristInView);
const palmsInView = perPose(palmInView);

const look = new Euler(0, 0, 0, 'YXZ');

/**
 * Where Neo's wrist is in the world this frame, for the first-person arm before the player's eyes
 * (the desktop camera: the pose's eyes, turned by its yaw and pitch): what Smith takes hold of.
 */
export function neoWristInWorld(hand: Transition<HandPose>, t: number, pose: PlayerPose, out: Vector3): Vector3 {
  return toWorld(wristsInView(), hand, t, pose, out);
}

/** Where the middle of Neo's palm is in the world this frame (the pills lie on it): what Smith takes a pill from. */
export function neoPalmInWorld(hand: Transition<HandPose>, t: number, pose: PlayerPose, out: Vector3): Vector3 {
  return toWorld(palmsInView(), hand, t, pose, out);
}

function toWorld(inView: Record<HandPose, Vector3>, hand: Transition<HandPose>, t: number, pose: PlayerPose, out: Vector3): Vector3 {
  out.copy(inView[hand.from]).lerp(inView[hand.to], handProgress(hand, t));
  out.applyEuler(look.set(pose.pitch, pose.yaw, 0, 'YXZ'));
  out.add(pose.position);
  out.y += EYE_HEIGHT;
  return out;
}
