import { AnimationClip, AnimationUtils, Quaternion, QuaternionKeyframeTrack, VectorKeyframeTrack, Vector3 } from 'three';
import type { Pose } from './pose';
import type { BoneSpec } from './skeleton';

/** A key of a clip: a time and the pose held there (bones not named rest), with the hips moved. */
export interface Key {
  at: number;
  pose: Pose;
  hips?: Vector3;
}

/**
 * A clip from poses at times: one quaternion track per bone any key turns (bones a key leaves
 * out are at rest there), and the hips' position when a key moves them.
 */
export function clipFromKeys(name: string, specs: BoneSpec[], keys: Key[], duration?: number): AnimationClip {
  const names = new Set<string>();
  keys.forEach((k) => k.pose.forEach((_q, bone) => names.add(bone)));
  const times = keys.map((k) => k.at);
  const tracks = [...names].map((bone) => {
    const values: number[] = [];
    keys.forEach((k) => values.push(...(k.pose.get(bone) ?? new Quaternion()).toArray()));
    return new QuaternionKeyframeTrack(`${bone}.quaternion`, times, values);
  });
  if (keys.some((k) => k.hips)) {
    const rest = specs[0]!.at;
    const values: number[] = [];
    keys.forEach((k) => values.push(...(k.hips ?? rest).toArray()));
    tracks.push(new VectorKeyframeTrack('hips.position', times, values));
  }
  return new AnimationClip(name, duration ?? times[times.length - 1]!, tracks);
}

/** Mixes two poses: b's weight k (slerped per bone). */
export function blendPoses(a: Pose, b: Pose, k: number): Pose {
  const out: Pose = new Map();
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const qa = a.get(name) ?? new Quaternion();
    const qb = b.get(name) ?? new Quaternion();
    out.set(name, qa.clone().slerp(qb, k));
  }
  return out;
}

/** A clip made additive against its own first frame: layered on any pose (breathing on a gesture). */
export function additive(clip: AnimationClip): AnimationClip {
  return AnimationUtils.makeClipAdditive(clip);
}
