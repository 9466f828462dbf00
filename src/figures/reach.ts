import { Matrix4, Quaternion, Vector3, type Bone } from 'three';
import type { Figure } from './figure';

const toTarget = new Vector3();
const bend = new Vector3();
const side = new Vector3();

/**
 * Two-bone reach: where the elbow goes for a shoulder to bring its hand to `target`, bending
 * toward `pole`. A target out of reach is met with a straight arm pointing at it.
 */
export function solveElbow(shoulder: Vector3, target: Vector3, upper: number, fore: number, pole: Vector3, elbow: Vector3): Vector3 {
  toTarget.subVectors(target, shoulder);
  const distance = Math.min(toTarget.length(), upper + fore - 1e-4);
  const along = toTarget.normalize();
  // Law of cosines: how far along the shoulder-to-hand line the elbow sits, and how far off it.
  const a = (upper * upper - fore * fore + distance * distance) / (2 * distance);
  const h = Math.sqrt(Math.max(upper * upper - a * a, 0));
  bend.copy(pole).addScaledVector(along, -pole.dot(along));
  if (bend.lengthSq() < 1e-8) bend.copy(side.set(0, 0, 1).cross(along));
  bend.normalize();
  return elbow.copy(shoulder).addScaledVector(along, a).addScaledVector(bend, h);
}

const shoulder = new Vector3();
const elbow = new Vector3();
const palm = new Vector3();
const knuckle = new Vector3();
const goal = new Vector3();
const elbowGoal = new Vector3();
const pole = new Vector3();
const from = new Vector3();
const to = new Vector3();
const turn = new Quaternion();
const parentTurn = new Quaternion();
const boneTurn = new Quaternion();

/** The middle of a posed figure's palm, in the world: between the wrist and the knuckles. */
export function palmInWorld(figure: Figure, hand: 'L' | 'R', out: Vector3): Vector3 {
  figure.bones[`hand_${hand}`]!.getWorldPosition(out);
  return out.lerp(figure.bones[`middle1_${hand}`]!.getWorldPosition(knuckle), 0.6);
}

/**
 * After the clips have posed the figure: turns one arm's upper arm and forearm so the palm lands
 * on `target` (world), by `weight` (0 leaves the clip's arm as it is, 1 puts the palm there). The
 * elbow keeps the side the clip bent it to; the hand keeps its turn on the forearm, so a grip
 * stays a grip. A target out of reach gets a straight arm pointing at it.
 */
export function reachPalmTo(figure: Figure, hand: 'L' | 'R', target: Vector3, weight: number): void {
  if (weight <= 0) return;
  const upper = figure.bones[`upperArm_${hand}`]!;
  const fore = figure.bones[`foreArm_${hand}`]!;
  figure.root.updateMatrixWorld(true);
  upper.getWorldPosition(shoulder);
  fore.getWorldPosition(elbow);
  palmInWorld(figure, hand, palm);
  const upperLength = shoulder.distanceTo(elbow);
  const foreLength = elbow.distanceTo(palm);
  goal.copy(palm).lerp(target, Math.min(1, weight));
  // The clip's own bend (solveElbow keeps the part of it across the reach).
  pole.subVectors(elbow, shoulder);
  solveElbow(shoulder, goal, upperLength, foreLength, pole, elbowGoal);
  swing(upper, from.subVectors(elbow, shoulder), to.subVectors(elbowGoal, shoulder));
  upper.updateMatrixWorld(true);
  palmInWorld(figure, hand, palm);
  swing(fore, from.subVectors(palm, elbowGoal), to.subVectors(goal, elbowGoal));
  fore.updateMatrixWorld(true);
}

/** Turns a bone in the world by the shortest turn that takes direction `a` to direction `b`. */
function swing(bone: Bone, a: Vector3, b: Vector3): void {
  if (a.lengthSq() < 1e-10 || b.lengthSq() < 1e-10) return;
  turn.setFromUnitVectors(a.normalize(), b.normalize());
  bone.getWorldQuaternion(boneTurn);
  bone.parent!.getWorldQuaternion(parentTurn);
  // local' = parent⁻¹ · turn · world
  bone.quaternion.copy(parentTurn.invert().multiply(turn).multiply(boneTurn));
}

const basisA = new Matrix4();
const basisB = new Matrix4();
const across = new Vector3();
const palmWay = new Vector3();
const fingersWay = new Vector3();
const handTurn = new Quaternion();
const wanted = new Quaternion();

/** A hand's frame in its bind pose (the figure's space): the fingers hang down, the palm faces the body's middle. */
function restFrame(hand: 'L' | 'R', out: Matrix4): Matrix4 {
  return frame(fingersWay.set(0, -1, 0), palmWay.set(hand === 'L' ? -1 : 1, 0, 0), out);
}

function frame(fingers: Vector3, palm: Vector3, out: Matrix4): Matrix4 {
  const x = fingers.normalize();
  const y = palm.addScaledVector(x, -palm.dot(x)).normalize();
  return out.makeBasis(x, y, across.crossVectors(x, y));
}

/**
 * After the clips: turns a hand so its fingers point along `fingers` and its palm faces `palm`
 * (world directions), by `weight`. Moves the hand only: the palm swings about the wrist.
 */
export function turnHandTo(figure: Figure, hand: 'L' | 'R', fingers: Vector3, palm: Vector3, weight: number): void {
  if (weight <= 0) return;
  const bone = figure.bones[`hand_${hand}`]!;
  figure.root.updateMatrixWorld(true);
  // The figure's space to the wanted frame: the hand's world turn, with the root's turn taken out first.
  figure.root.getWorldQuaternion(parentTurn);
  frame(fingersWay.copy(fingers).applyQuaternion(turn.copy(parentTurn).invert()), palmWay.copy(palm).applyQuaternion(turn), basisB);
  wanted.setFromRotationMatrix(basisB.multiply(restFrame(hand, basisA).transpose()));
  wanted.premultiply(parentTurn);
  bone.parent!.getWorldQuaternion(boneTurn);
  handTurn.copy(boneTurn.invert().multiply(wanted));
  bone.quaternion.slerp(handTurn, Math.min(1, weight));
  bone.updateMatrixWorld(true);
}

/**
 * A hand taking hold of something: the arm brings the palm to `target` while the hand turns to
 * `fingers` and `palm` (a couple of rounds, as turning the hand swings the palm about the wrist).
 * At a weight of 1 the palm is on the target; a weight between eases toward it (each round takes
 * its share of what is left, so the hand gets further than the weight alone: 1 - (1 - w)^2).
 */
export function takeHold(figure: Figure, hand: 'L' | 'R', target: Vector3, fingers: Vector3, palm: Vector3, weight: number): void {
  for (let round = 0; round < 2; round += 1) {
    turnHandTo(figure, hand, fingers, palm, weight);
    reachPalmTo(figure, hand, target, weight);
  }
}
