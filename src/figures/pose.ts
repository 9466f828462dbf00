import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { BoneSpec } from './skeleton';

/** Rotations of bones relative to their parents (the bind pose has none), by bone name. */
export type Pose = Map<string, Quaternion>;

/** Where a hand should be: the wrist in the figure's space, which way the elbow bends, and the hand's own turn. */
export interface ArmGoal {
  wrist: Vector3;
  pole: Vector3;
  hand?: [number, number, number];
  /** Or the hand's turn in the figure's space: where the fingers point and the palm faces. */
  grip?: { fingers: Vector3; palm: Vector3 };
}

export interface PoseSpec {
  /** Euler angles (XYZ, radians) per bone, applied before the arms are solved. */
  turns?: Record<string, [number, number, number]>;
  arms?: { L?: ArmGoal; R?: ArmGoal };
  /** How far the fingers curl (0 straight, 1 a fist), per hand. */
  curl?: { L?: number; R?: number };
}

interface World {
  at: Vector3;
  turn: Quaternion;
}

/** Forward kinematics: where each bone's joint is and how it is turned, in the figure's space. */
export function worldOf(specs: BoneSpec[], pose: Pose): Map<string, World> {
  const out = new Map<string, World>();
  for (const spec of specs) {
    const local = pose.get(spec.name) ?? new Quaternion();
    const parent = spec.parent ? out.get(spec.parent)! : null;
    if (!parent) {
      out.set(spec.name, { at: spec.at.clone(), turn: local.clone() });
      continue;
    }
    const parentSpec = specs.find((s) => s.name === spec.parent)!;
    const offset = spec.at.clone().sub(parentSpec.at).applyQuaternion(parent.turn);
    out.set(spec.name, { at: parent.at.clone().add(offset), turn: parent.turn.clone().multiply(local) });
  }
  return out;
}

/** Where the elbow goes for the hand to reach `target`, bending toward `pole` (two-bone IK). */
export function solveElbow(shoulder: Vector3, target: Vector3, upper: number, fore: number, pole: Vector3): Vector3 {
  const toTarget = new Vector3().subVectors(target, shoulder);
  const distance = Math.min(toTarget.length(), upper + fore - 1e-4);
  const along = toTarget.normalize();
  const a = (upper * upper - fore * fore + distance * distance) / (2 * distance);
  const h = Math.sqrt(Math.max(upper * upper - a * a, 0));
  const bend = pole.clone().addScaledVector(along, -pole.dot(along)).normalize();
  return shoulder.clone().addScaledVector(along, a).addScaledVector(bend, h);
}

const FINGERS = ['thumb', 'index', 'middle', 'ring', 'pinky'];

/** The turn taking one pair of directions (a hand's fingers and palm) onto another. */
function turnBetween(fingers0: Vector3, palm0: Vector3, fingers1: Vector3, palm1: Vector3): Quaternion {
  const basis = (f: Vector3, p: Vector3) => {
    const x = f.clone().normalize();
    const y = p.clone().addScaledVector(x, -p.dot(x)).normalize();
    return new Matrix4().makeBasis(x, y, new Vector3().crossVectors(x, y));
  };
  const from = basis(fingers0, palm0);
  const to = basis(fingers1, palm1);
  return new Quaternion().setFromRotationMatrix(to.multiply(from.transpose()));
}

/** Turns a pose description into bone rotations: the body's turns, then each arm reaching its goal. */
export function solvePose(specs: BoneSpec[], spec: PoseSpec): Pose {
  const pose: Pose = new Map();
  for (const [name, [x, y, z]] of Object.entries(spec.turns ?? {})) pose.set(name, new Quaternion().setFromEuler(new Euler(x, y, z)));
  for (const side of ['L', 'R'] as const) {
    const sx = side === 'L' ? 1 : -1;
    const curl = spec.curl?.[side] ?? 0.25;
    for (const finger of FINGERS) {
      const k = finger === 'thumb' ? 0.4 : 1;
      const bend = -sx * curl * 1.3 * k;
      pose.set(`${finger}1_${side}`, new Quaternion().setFromEuler(new Euler(finger === 'thumb' ? -curl * 0.4 : 0, 0, bend)));
      pose.set(`${finger}2_${side}`, new Quaternion().setFromEuler(new Euler(0, 0, bend * 1.1)));
    }
    const goal = spec.arms?.[side];
    if (!goal) continue;
    const world = worldOf(specs, pose);
    const upperSpec = specs.find((s) => s.name === `upperArm_${side}`)!;
    const foreSpec = specs.find((s) => s.name === `foreArm_${side}`)!;
    const shoulder = world.get(upperSpec.name)!;
    const parentTurn = world.get(`shoulder_${side}`)!.turn;
    const upperLength = upperSpec.tail.distanceTo(upperSpec.at);
    const foreLength = foreSpec.tail.distanceTo(foreSpec.at);
    const elbow = solveElbow(shoulder.at, goal.wrist, upperLength, foreLength, goal.pole);
    const restUpper = upperSpec.tail.clone().sub(upperSpec.at).normalize();
    const restFore = foreSpec.tail.clone().sub(foreSpec.at).normalize();
    const w1 = new Quaternion().setFromUnitVectors(restUpper, elbow.clone().sub(shoulder.at).normalize());
    pose.set(upperSpec.name, parentTurn.clone().invert().multiply(w1));
    const foreNow = restFore.clone().applyQuaternion(w1);
    const bendTo = new Quaternion().setFromUnitVectors(foreNow, goal.wrist.clone().sub(elbow).normalize());
    const w2 = bendTo.multiply(w1);
    pose.set(foreSpec.name, w1.clone().invert().multiply(w2));
    if (goal.grip)
      pose.set(
        `hand_${side}`,
        w2
          .clone()
          .invert()
          .multiply(turnBetween(new Vector3(0, -1, 0), new Vector3(-sx, 0, 0), goal.grip.fingers, goal.grip.palm)),
      );
    else if (goal.hand) pose.set(`hand_${side}`, new Quaternion().setFromEuler(new Euler(...goal.hand)));
  }
  return pose;
}

/** The middle of a palm in a solved pose: between the wrist and the middle finger's knuckle. */
export function palmOf(specs: BoneSpec[], pose: Pose, side: 'L' | 'R'): Vector3 {
  const world = worldOf(specs, pose);
  return world
    .get(`hand_${side}`)!
    .at.clone()
    .lerp(world.get(`middle1_${side}`)!.at, 0.6);
}

/** Moves an arm's wrist goal until the palm, not the wrist, lands on `palm` (a few corrections). */
export function aimPalm(specs: BoneSpec[], spec: PoseSpec, side: 'L' | 'R', palm: Vector3): PoseSpec {
  const goal = spec.arms?.[side];
  if (!goal) return spec;
  const wrist = goal.wrist.clone();
  for (let i = 0; i < 4; i += 1) {
    const next = { ...spec, arms: { ...spec.arms, [side]: { ...goal, wrist } } };
    wrist.add(palm.clone().sub(palmOf(specs, solvePose(specs, next), side)));
  }
  return { ...spec, arms: { ...spec.arms, [side]: { ...goal, wrist } } };
}
