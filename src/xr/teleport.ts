import { Quaternion, Raycaster, Vector3, type Object3D } from 'three';
import type { Octree } from 'three/addons/math/Octree.js';
import type { PlayerPose } from '../player/pose';
import { castArc, createTeleportArc, type TeleportArc } from './teleport-arc';
import type { OriginPose } from './xr-pose';

/** Right stick pushed this far forward aims the arc; back under RELEASE it jumps (if it may). */
const AIM_PRESS = 0.6;
const AIM_RELEASE = 0.3;
/** The longest hop between two looks at the trigger zones while the move is carried out. */
const ZONE_STEP = 0.25;

/** Who is aiming: the right controller's stick, or a tracked hand's pinch. */
type Aimer = { kind: 'stick' | 'pinch'; source: XRInputSource };

/** Teleport state: transient, per frame, never in the store. */
export interface Teleport {
  aimer: Aimer | null;
  arc: TeleportArc;
  /** Pinches that began on the panel or a button: they belong to the ray, not to the teleport. */
  claimedByUi: WeakSet<XRInputSource>;
  /** Pinch state last frame, per hand, to see a pinch begin. */
  pinched: WeakSet<XRInputSource>;
}

export function createTeleport(): Teleport {
  return { aimer: null, arc: createTeleportArc(), claimedByUi: new WeakSet(), pinched: new WeakSet() };
}

export interface TeleportInput {
  sources: Iterable<XRInputSource>;
  frame: XRFrame | null;
  space: XRReferenceSpace | null;
  origin: OriginPose;
  /** How far the origin is lifted above the floor (seated play). */
  lift: number;
  world: Octree;
  pose: PlayerPose;
  /** What the ray may select (the panel, action targets): a pinch aimed there is not a teleport. */
  ui: readonly Object3D[];
}

const rayStart = new Vector3();
const rayDirection = new Vector3();
const orientation = new Quaternion();
const turn = new Quaternion();
const up = new Vector3(0, 1, 0);
const raycaster = new Raycaster();

/**
 * One frame of the teleport. Returns the place to jump to when an aim was released on good
 * floor (the caller fades and moves), else null. While aiming, `teleport.arc` is what to draw.
 */
export function stepTeleport(teleport: Teleport, input: TeleportInput): Vector3 | null {
  const previous = teleport.aimer;
  teleport.aimer = findAimer(teleport, input, previous);
  if (teleport.aimer && rayOf(teleport.aimer.source, input)) {
    castArc(rayStart, rayDirection, input.world, input.pose.position, teleport.arc);
    return null;
  }
  const released = previous && !teleport.aimer;
  const verdict = teleport.arc.verdict;
  teleport.arc.count = 0;
  teleport.arc.verdict = 'none';
  return released && verdict === 'ok' ? teleport.arc.target.clone() : null;
}

/** True while the right stick or a pinch is aiming: the stick does not turn then. */
export function isAiming(teleport: Teleport): boolean {
  return teleport.aimer !== null;
}

function findAimer(teleport: Teleport, input: TeleportInput, previous: Aimer | null): Aimer | null {
  let found: Aimer | null = null;
  for (const source of input.sources) {
    const pad = source.gamepad;
    if (source.hand) {
      const pinching = !!pad?.buttons[0]?.pressed;
      const began = pinching && !teleport.pinched.has(source);
      if (pinching) teleport.pinched.add(source);
      else {
        teleport.pinched.delete(source);
        teleport.claimedByUi.delete(source);
      }
      if (began && pointsAtUi(source, input)) teleport.claimedByUi.add(source);
      if (pinching && !teleport.claimedByUi.has(source) && !found) found = { kind: 'pinch', source };
    } else if (source.handedness === 'right' && pad) {
      const forward = -(pad.axes[3] ?? 0);
      const sideways = Math.abs(pad.axes[2] ?? 0);
      const holding = previous?.source === source ? forward > AIM_RELEASE : forward > AIM_PRESS && forward > sideways;
      if (holding && !found) found = { kind: 'stick', source };
    }
  }
  return found;
}

/** The input source's target ray in the world: where it starts and which way it points. */
function rayOf(source: XRInputSource, input: TeleportInput): boolean {
  const pose = input.frame && input.space ? input.frame.getPose(source.targetRaySpace, input.space) : null;
  if (!pose) return false;
  const { position: p, orientation: o } = pose.transform;
  const { origin } = input;
  turn.setFromAxisAngle(up, origin.yaw);
  rayStart.set(p.x, p.y, p.z).applyQuaternion(turn).add(origin.position);
  rayStart.y += input.lift;
  orientation.set(o.x, o.y, o.z, o.w).premultiply(turn);
  rayDirection.set(0, 0, -1).applyQuaternion(orientation);
  return true;
}

function pointsAtUi(source: XRInputSource, input: TeleportInput): boolean {
  if (!input.ui.length || !rayOf(source, input)) return false;
  raycaster.set(rayStart, rayDirection);
  return raycaster.intersectObjects(input.ui as Object3D[], true).length > 0;
}

/**
 * Carries the player to `target` in short hops, looking at the trigger zones after each, so a
 * jump over a zone's edge is a crossing like a walk would be.
 */
export function moveAlong(pose: PlayerPose, target: Vector3, onStep: () => void): void {
  const from = pose.position.clone();
  const steps = Math.max(1, Math.ceil(from.distanceTo(target) / ZONE_STEP));
  for (let i = 1; i <= steps; i += 1) {
    pose.position.lerpVectors(from, target, i / steps);
    onStep();
  }
  pose.position.copy(target);
  pose.velocity.set(0, 0, 0);
}
