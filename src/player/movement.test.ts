import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Box } from '../scenes/types';
import { worldColliderFor } from './collision';
import { CAPSULE_RADIUS, desiredVelocity, stepMovement, WALK_SPEED } from './movement';
import { placePlayer, type PlayerPose } from './pose';

const FLOOR: Box = { center: [0, -0.5, 0], size: [20, 1, 20] };
/** A thin wall (10 cm) across the way forward, its near face at z = -3. */
const THIN_WALL: Box = { center: [0, 1.5, -3.05], size: [20, 3, 0.1] };

function freshPose(): PlayerPose {
  const pose: PlayerPose = { position: new Vector3(), yaw: 0, pitch: 0, velocity: new Vector3(), onFloor: false };
  placePlayer(pose, [0, 0, 0], 0);
  return pose;
}

function walk(pose: PlayerPose, boxes: Box[], fps: number, seconds: number, forward = 1, strafe = 0) {
  const world = worldColliderFor(boxes);
  for (let t = 0; t < seconds; t += 1 / fps) stepMovement(pose, { forward, strafe }, 1 / fps, world);
}

describe('walking', () => {
  it('moves forward (-Z at yaw 0) at walking speed on a floor', () => {
    const pose = freshPose();
    walk(pose, [FLOOR], 60, 1);
    expect(pose.position.z).toBeCloseTo(-WALK_SPEED, 0);
    expect(pose.position.y).toBeCloseTo(0, 1);
    expect(pose.onFloor).toBe(true);
  });

  it('is not faster diagonally', () => {
    const v = desiredVelocity(0.3, { forward: 1, strafe: 1 }, new Vector3());
    expect(v.length()).toBeCloseTo(WALK_SPEED, 5);
  });

  it('turning the heading turns the walk: yaw +90 degrees walks toward -X', () => {
    const v = desiredVelocity(Math.PI / 2, { forward: 1, strafe: 0 }, new Vector3());
    expect(v.x).toBeCloseTo(-WALK_SPEED, 5);
    expect(v.z).toBeCloseTo(0, 5);
  });
});

describe('collision', () => {
  for (const fps of [60, 20, 5, 2]) {
    it(`a thin wall stops the capsule at ${fps} fps`, () => {
      const pose = freshPose();
      walk(pose, [FLOOR, THIN_WALL], fps, 4);
      expect(pose.position.z).toBeGreaterThan(-3);
      expect(pose.position.z).toBeLessThan(-3 + CAPSULE_RADIUS + 0.05);
    });
  }

  it('one enormous frame (a stalled tab) does not tunnel either', () => {
    const pose = freshPose();
    stepMovement(pose, { forward: 1, strafe: 0 }, 30, worldColliderFor([FLOOR, THIN_WALL]));
    expect(pose.position.z).toBeGreaterThan(-3);
  });

  it('slides along a wall instead of sticking to it', () => {
    const pose = freshPose();
    pose.yaw = -Math.PI / 8; // mostly forward, a little to the right, into the wall
    walk(pose, [FLOOR, THIN_WALL], 30, 3);
    expect(pose.position.z).toBeGreaterThan(-3);
    expect(pose.position.x).toBeGreaterThan(1);
  });

  it('falls when there is no floor, and reports leaving the world', () => {
    const pose = freshPose();
    const world = worldColliderFor([THIN_WALL]);
    let inside = true;
    for (let i = 0; i < 200 && inside; i += 1) inside = stepMovement(pose, { forward: 0, strafe: 0 }, 0.05, world);
    expect(inside).toBe(false);
  });
});
