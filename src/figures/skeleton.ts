import { Bone, Skeleton, Vector3 } from 'three';
import type { BodyType } from './body-types';

/** A bone in the bind pose: its parent and where its joint is, in the figure's space (facing +Z, left at +X). */
export interface BoneSpec {
  name: string;
  parent: string | null;
  at: Vector3;
  /** Where the bone's segment ends (its main child's joint, or a tip), for skin weights. */
  tail: Vector3;
}

const FINGERS = ['thumb', 'index', 'middle', 'ring', 'pinky'] as const;

/** Joint heights of a body type, for the skeleton and the clothes that follow it. */
export function jointsOf(body: BodyType) {
  const chin = body.height - body.head;
  const neckBase = chin - body.neck;
  const hips = body.height * body.legs;
  const shoulderY = neckBase - body.head * 0.2;
  return {
    chin,
    neckBase,
    shoulderY,
    hips,
    spine: hips + (neckBase - hips) * 0.2,
    chest: hips + (neckBase - hips) * 0.55,
    knee: hips * 0.53,
    ankle: body.height * 0.045,
    eyeY: chin + body.head * 0.5,
  };
}

/** Every bone of a figure of this build, parents first. */
export function boneSpecs(body: BodyType): BoneSpec[] {
  const j = jointsOf(body);
  const specs: BoneSpec[] = [];
  const add = (name: string, parent: string | null, at: Vector3, tail: Vector3) => specs.push({ name, parent, at, tail });
  const v = (x: number, y: number, z: number) => new Vector3(x, y, z);
  add('hips', null, v(0, j.hips, 0), v(0, j.spine, 0));
  add('spine', 'hips', v(0, j.spine, 0), v(0, j.chest, 0));
  add('chest', 'spine', v(0, j.chest, 0), v(0, j.neckBase, 0));
  add('neck', 'chest', v(0, j.neckBase, -0.01), v(0, j.chin + body.head * 0.1, 0));
  add('head', 'neck', v(0, j.chin + body.head * 0.1, 0), v(0, body.height, 0.01));
  add('jaw', 'head', v(0, j.chin + body.head * 0.32, 0.0), v(0, j.chin, body.head * 0.3));
  for (const [side, sx] of [
    ['L', 1],
    ['R', -1],
  ] as const) {
    const inner = v(sx * body.shoulders * 0.25, j.shoulderY + 0.02, 0);
    const shoulder = v(sx * body.shoulders, j.shoulderY, 0);
    // Arms hang a little out from the body, the forearm a little forward: a relaxed bind pose.
    const elbow = shoulder.clone().add(v(sx * body.upperArm * 0.13, -body.upperArm * 0.99, -0.01));
    const wrist = elbow.clone().add(v(sx * body.foreArm * 0.08, -body.foreArm * 0.99, body.foreArm * 0.1));
    const palmEnd = wrist.clone().add(v(0, -body.hand * 0.5, 0.01));
    add(`eye_${side}`, 'head', v(sx * body.head * 0.13, j.eyeY, body.head * 0.318), v(sx * body.head * 0.13, j.eyeY, body.head * 0.42));
    add(`shoulder_${side}`, 'chest', inner, shoulder);
    add(`upperArm_${side}`, `shoulder_${side}`, shoulder, elbow);
    add(`foreArm_${side}`, `upperArm_${side}`, elbow, wrist);
    add(`hand_${side}`, `foreArm_${side}`, wrist, palmEnd);
    FINGERS.forEach((finger, f) => {
      const across = (f - 2.5) * 0.021 * (body.hand / 0.19);
      const base = finger === 'thumb' ? wrist.clone().add(v(sx * 0.012, -body.hand * 0.18, body.hand * 0.16)) : palmEnd.clone().add(v(0, 0, -across));
      const length = body.hand * (finger === 'thumb' ? 0.3 : finger === 'middle' ? 0.5 : finger === 'pinky' ? 0.36 : 0.45);
      const dir = finger === 'thumb' ? v(sx * 0.15, -0.75, 0.6).normalize() : v(0, -1, -across * 1.2).normalize();
      const mid = base.clone().addScaledVector(dir, length * 0.55);
      const tip = base.clone().addScaledVector(dir, length);
      add(`${finger}1_${side}`, `hand_${side}`, base, mid);
      add(`${finger}2_${side}`, `${finger}1_${side}`, mid, tip);
    });
    const hip = v(sx * body.hips, j.hips, 0);
    const knee = v(sx * body.hips * 0.95, j.knee, 0.01);
    const ankle = v(sx * body.hips * 0.9, j.ankle, -0.01);
    const toe = v(sx * body.hips * 0.95, j.ankle * 0.25, body.height * 0.075);
    add(`upLeg_${side}`, 'hips', hip, knee);
    add(`leg_${side}`, `upLeg_${side}`, knee, ankle);
    add(`foot_${side}`, `leg_${side}`, ankle, toe);
    add(`toe_${side}`, `foot_${side}`, toe, toe.clone().add(v(0, 0, body.height * 0.04)));
  }
  return specs;
}

/** The bones, linked parent to child, each placed relative to its parent; no rotation in the bind pose. */
export function createSkeleton(specs: BoneSpec[]): Skeleton {
  const byName = new Map<string, { bone: Bone; spec: BoneSpec }>();
  const bones = specs.map((spec) => {
    const bone = new Bone();
    bone.name = spec.name;
    const parent = spec.parent ? byName.get(spec.parent)! : null;
    bone.position.copy(spec.at);
    if (parent) {
      bone.position.sub(parent.spec.at);
      parent.bone.add(bone);
    }
    byName.set(spec.name, { bone, spec });
    return bone;
  });
  bones[0]!.updateMatrixWorld(true);
  return new Skeleton(bones);
}
