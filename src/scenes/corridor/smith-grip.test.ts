import { MeshBasicMaterial, PerspectiveCamera, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createActing } from '../../figures/act';
import { createFirstPersonArm } from '../../figures/first-person-arm';
import { createFigureMaterials } from '../../figures/figure-materials';
import { palmInWorld } from '../../figures/reach';
import { createSmithRig } from '../../figures/smith';
import { applyPoseToCamera } from '../../player/camera-rig';
import { placePlayer, playerPose } from '../../player/pose';
import type { HandPose } from './corridor-staging';
import { createCorridorState } from './corridor-state';
import { handPoses } from './neo-hand';
import { stepSmith, TAKE_SECONDS, takeProgress, UNDER_WRIST } from './step-smith';

const materials = createFigureMaterials();
const smith = createSmithRig(materials, { cracked: false });
const acting = createActing();
const arm = createFirstPersonArm({ skin: new MeshBasicMaterial(), cloth: new MeshBasicMaterial() });
const camera = new PerspectiveCamera();
camera.add(arm.root);

/** Neo's wrist as the player sees it: the first-person arm's own bone, before the camera. */
function liveWrist(hand: HandPose): Vector3 {
  const pose = handPoses()[hand];
  arm.blend(pose, pose, 1);
  applyPoseToCamera(camera, playerPose);
  camera.updateMatrixWorld(true);
  return arm.bones.get('hand_R')!.getWorldPosition(new Vector3());
}

/**
 * Smith holding the wrist (long settled), the hand in `hand`, the player looking off by `yaw` and
 * `pitch`: how far his left palm is from cradling the wrist the player sees, and which way it faces.
 */
function grip(hand: HandPose, yaw: number, pitch: number, firstPersonHand = true): { gap: number; palmUp: number } {
  const state = createCorridorState(1);
  state.smith = { from: 'facing-neo', to: 'holding-wrist', at: -10 };
  state.hand = { from: hand, to: hand, at: -10 };
  placePlayer(playerPose, [-0.4, 0, -4], 0);
  // Face Smith, then look off by the given amounts.
  stepSmith(smith.figure, acting, state, 0, false, firstPersonHand);
  const toSmith = smith.figure.root.position.clone().sub(playerPose.position);
  playerPose.yaw = Math.atan2(-toSmith.x, -toSmith.z) + yaw;
  playerPose.pitch = pitch;
  stepSmith(smith.figure, acting, state, 1, false, firstPersonHand);
  smith.figure.root.updateMatrixWorld(true);
  const under = liveWrist(hand).add(new Vector3(0, -UNDER_WRIST, 0));
  const handTurn = smith.figure.bones.hand_L!.getWorldQuaternion(new Quaternion());
  // The left hand's palm faces -x in its own frame (the body's middle, in the bind pose).
  const palmUp = new Vector3(-1, 0, 0).applyQuaternion(handTurn).y;
  return { gap: palmInWorld(smith.figure, 'L', new Vector3()).distanceTo(under), palmUp };
}

describe("Smith's grip on Neo's wrist", () => {
  it('cradles the wrist of the hand the player sees in his left palm, palm up, wherever the player looks', () => {
    for (const hand of ['both', 'blue'] as const)
      for (const [yaw, pitch] of [
        [0, 0],
        [0.35, 0],
        [-0.35, 0],
        [0, -0.35],
        [0.2, 0.2],
      ] as const) {
        const { gap, palmUp } = grip(hand, yaw, pitch);
        expect(gap, `${hand} at yaw ${yaw}, pitch ${pitch}`).toBeLessThan(0.02);
        expect(palmUp, `${hand} at yaw ${yaw}, pitch ${pitch}`).toBeGreaterThan(0.9);
      }
  });

  it('is more than the clip alone: the held pose misses a wrist the player has turned away', () => {
    expect(grip('both', 0.35, 0, false).gap).toBeGreaterThan(0.1);
  });
});

describe('Smith takes the red pill', () => {
  /** His right palm's distance from just over the middle of Neo's palm (where the pills lie), `t` seconds into the take. */
  function reachAt(t: number): number {
    const state = createCorridorState(1);
    state.smith = { from: 'facing-neo', to: 'holding-wrist', at: -10 };
    state.hand = { from: 'both', to: 'both', at: -10 };
    state.redTakenAt = 0;
    placePlayer(playerPose, [-0.4, 0, -4], 0);
    stepSmith(smith.figure, acting, state, t, false);
    const toSmith = smith.figure.root.position.clone().sub(playerPose.position);
    playerPose.yaw = Math.atan2(-toSmith.x, -toSmith.z) + 0.2;
    playerPose.pitch = -0.1;
    stepSmith(smith.figure, acting, state, t, false);
    smith.figure.root.updateMatrixWorld(true);
    const pose = handPoses().both;
    arm.blend(pose, pose, 1);
    applyPoseToCamera(camera, playerPose);
    camera.updateMatrixWorld(true);
    const neoPalm = arm.bones.get('hand_R')!.getWorldPosition(new Vector3()).lerp(arm.bones.get('middle1_R')!.getWorldPosition(new Vector3()), 0.6);
    return palmInWorld(smith.figure, 'R', new Vector3()).distanceTo(neoPalm.add(new Vector3(0, 0.03, 0)));
  }

  it('with his right hand: over the pills on Neo’s palm halfway through, then back at his side', () => {
    expect(reachAt(TAKE_SECONDS / 2)).toBeLessThan(0.02);
    expect(reachAt(TAKE_SECONDS)).toBeGreaterThan(0.25);
  });

  it('has it in his fingers from halfway through, and not before he reaches for it', () => {
    const state = createCorridorState(1);
    expect(takeProgress(state, 5)).toBeNull();
    state.redTakenAt = 1;
    expect(takeProgress(state, 1 + TAKE_SECONDS * 0.4)).toBeLessThan(0.5);
    expect(takeProgress(state, 1 + TAKE_SECONDS * 0.6)).toBeGreaterThan(0.5);
  });
});
