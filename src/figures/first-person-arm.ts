import { Group, Quaternion, SkinnedMesh, Sphere, Vector3, type Bone, type Material } from 'three';
import { BODY_TYPES } from './body-types';
import { buildArmGeometry } from './figure-geometry';
import { NEO_PALETTE } from './palette';
import { palmOf, solvePose, aimPalm, worldOf, type Pose } from './pose';
import { createSkeleton, jointsOf, type BoneSpec } from './skeleton';

/**
 * Neo's right arm as he sees it: coat sleeve, shirt cuff, hand and fingers, on the figure
 * system's bones, posed from where the hand should be in the view. Camera space throughout:
 * x to the right, y up, the view looking down -z, metres from the eyes.
 */
export interface HandInView {
  /** The middle of the palm. */
  palm: Vector3;
  /** Where the fingers point. */
  fingers: Vector3;
  /** Which way the palm faces. */
  facing: Vector3;
  /** How far the fingers close: 0 open and flat, 1 a fist. */
  curl: number;
}

const MAN = BODY_TYPES.man;
const J = jointsOf(MAN);
/** Between the eyes, in the figure's own space (feet at 0, facing +z, its left at +x). */
export const EYES = new Vector3(0, J.eyeY, MAN.head * 0.34);
/** The elbow drops and swings out to the right, as an arm held out before the chest does. */
const ELBOW_POLE = new Vector3(-0.7, -1, -0.1).normalize();
/** The bones an arm's pose turns (the rest of the skeleton keeps its bind pose). */
const ARM = /_R$/;

/** A point seen from the eyes, in the figure's space (the figure faces +z: the view's right is its -x). */
export function figurePoint(view: Vector3): Vector3 {
  return new Vector3(-view.x, view.y, -view.z).add(EYES);
}

/** A direction in the view, in the figure's space. */
export function figureDirection(view: Vector3): Vector3 {
  return new Vector3(-view.x, view.y, -view.z).normalize();
}

/** The arm's bone turns for a hand where `hand` puts it, its palm on the mark. */
export function armPose(specs: BoneSpec[], hand: HandInView): Pose {
  const palm = figurePoint(hand.palm);
  const spec = aimPalm(
    specs,
    {
      arms: { R: { wrist: palm, pole: ELBOW_POLE, grip: { fingers: figureDirection(hand.fingers), palm: figureDirection(hand.facing) } } },
      curl: { R: hand.curl },
    },
    'R',
    palm,
  );
  const pose = solvePose(specs, spec);
  for (const name of pose.keys()) if (!ARM.test(name)) pose.delete(name);
  return pose;
}

/** Where the palm's middle is in the view for a pose (the inverse of figurePoint). */
export function palmInView(specs: BoneSpec[], pose: Pose): Vector3 {
  const p = palmOf(specs, pose, 'R').sub(EYES);
  return new Vector3(-p.x, p.y, -p.z);
}

/** Where the wrist (the hand bone's root) is in the view for a pose: what another hand takes hold of. */
export function wristInView(specs: BoneSpec[], pose: Pose): Vector3 {
  const w = worldOf(specs, pose).get('hand_R')!.at.clone().sub(EYES);
  return new Vector3(-w.x, w.y, -w.z);
}

/** Which way the palm faces in the view for a pose. */
export function facingInView(specs: BoneSpec[], pose: Pose): Vector3 {
  const turn = worldOf(specs, pose).get('hand_R')!.turn;
  const f = new Vector3(1, 0, 0).applyQuaternion(turn);
  return new Vector3(-f.x, f.y, -f.z);
}

export interface FirstPersonArm {
  /** Put it in camera space: the eyes are at its origin. */
  root: Group;
  meshes: SkinnedMesh[];
  specs: BoneSpec[];
  bones: Map<string, Bone>;
  /** Sets the arm between two poses (0 all `from`, 1 all `to`). */
  blend(from: Pose, to: Pose, k: number): void;
  dispose(): void;
}

const q = new Quaternion();
const rest = new Quaternion();

/** Builds the arm's meshes on `materials` (the figures' skin and cloth), in its bind pose. */
export function createFirstPersonArm(materials: { skin: Material; cloth: Material }): FirstPersonArm {
  const geometry = buildArmGeometry({ body: 'man', palette: NEO_PALETTE, outfit: 'coat' }, 'R');
  const skeleton = createSkeleton(geometry.bones);
  const root = new Group();
  root.name = 'neo-arm';
  // The figure's space turned to face down the view, with the eyes at the origin.
  root.rotation.y = Math.PI;
  root.position.set(EYES.x, -EYES.y, EYES.z);
  root.add(skeleton.bones[0]!);
  // The arm stays within a metre of the eyes whatever it does.
  const bounds = new Sphere(EYES.clone(), 1);
  const meshes = [new SkinnedMesh(geometry.skin, materials.skin), new SkinnedMesh(geometry.cloth, materials.cloth)];
  for (const mesh of meshes) {
    mesh.bind(skeleton);
    mesh.boundingSphere = bounds;
    mesh.frustumCulled = false;
    root.add(mesh);
  }
  meshes[0]!.name = 'neo-hand';
  meshes[1]!.name = 'neo-sleeve';
  const bones = new Map(skeleton.bones.map((bone) => [bone.name, bone]));
  const armBones = skeleton.bones.filter((bone) => ARM.test(bone.name));
  return {
    root,
    meshes,
    specs: geometry.bones,
    bones,
    blend(from, to, k) {
      for (const bone of armBones) {
        const a = from.get(bone.name) ?? rest;
        const b = to.get(bone.name) ?? rest;
        bone.quaternion.copy(q.copy(a).slerp(b, k));
      }
    },
    dispose() {
      skeleton.dispose();
      for (const mesh of meshes) mesh.geometry.dispose();
    },
  };
}
