import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { playerPose, type PlayerPose } from '../player/pose';
import { alignOrigin, composePose, createHeadLocal, createOriginPose, feetUnderHead, headFrom, snapTurnStep, turnAroundHead } from './xr-pose';

const pose = (): PlayerPose => ({ ...playerPose, position: new Vector3(), velocity: new Vector3() });
const close = (v: Vector3, x: number, y: number, z: number) => {
  expect(v.x).toBeCloseTo(x, 6);
  expect(v.y).toBeCloseTo(y, 6);
  expect(v.z).toBeCloseTo(z, 6);
};

describe('the XR pose is the origin plus the head', () => {
  it('with an unturned origin, the feet are under the head', () => {
    const origin = createOriginPose();
    origin.position.set(2, 0, 5);
    const head = { x: 0.3, y: 1.6, z: -0.5, yaw: 0.4, pitch: -0.1 };
    const out = composePose(origin, head, pose());
    close(out.position, 2.3, 0, 4.5);
    expect(out.yaw).toBeCloseTo(0.4);
    expect(out.pitch).toBeCloseTo(-0.1);
  });

  it('a turned origin turns the head offset with it', () => {
    const origin = createOriginPose();
    origin.yaw = Math.PI / 2; // the room faces -X
    const head = { x: 0, y: 1.6, z: -1, yaw: 0, pitch: 0 }; // one metre "ahead" in the room
    close(feetUnderHead(origin, head, new Vector3()), -1, 0, 0);
    expect(composePose(origin, head, pose()).yaw).toBeCloseTo(Math.PI / 2);
  });

  it('aligning the origin puts the head on a pose, whatever the head did in the room', () => {
    const head = { x: 0.7, y: 1.5, z: 0.2, yaw: -1.1, pitch: 0 };
    const target = pose();
    target.position.set(-3, 0.5, 8);
    target.yaw = 2.5;
    const origin = alignOrigin(target, head, createOriginPose());
    const back = composePose(origin, head, pose());
    close(back.position, -3, 0.5, 8);
    expect(back.yaw).toBeCloseTo(2.5);
  });

  it('reads yaw and pitch from an orientation', () => {
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), 0.8);
    const head = headFrom({ x: 1, y: 1.7, z: 2 }, q, createHeadLocal());
    expect(head).toMatchObject({ x: 1, y: 1.7, z: 2 });
    expect(head.yaw).toBeCloseTo(0.8);
    expect(head.pitch).toBeCloseTo(0);
  });
});

describe('snap turn', () => {
  it('turns about the head: the feet stay, the heading changes by the angle', () => {
    const origin = createOriginPose();
    origin.position.set(1, 0, 1);
    origin.yaw = 0.3;
    const head = { x: 0.5, y: 1.6, z: -0.8, yaw: 0.2, pitch: 0 };
    const before = composePose(origin, head, pose());
    const beforeFeet = before.position.clone();
    turnAroundHead(origin, head, Math.PI / 6);
    const after = composePose(origin, head, pose());
    close(after.position, beforeFeet.x, beforeFeet.y, beforeFeet.z);
    expect(after.yaw).toBeCloseTo(before.yaw + Math.PI / 6);
    expect(origin.yaw).toBeCloseTo(0.3 + Math.PI / 6);
  });

  it('a flick turns once, right is negative; the stick must come back to turn again', () => {
    const state = { armed: true };
    const angle = Math.PI / 6;
    expect(snapTurnStep(state, 0.9, angle)).toBeCloseTo(-angle);
    expect(snapTurnStep(state, 1, angle)).toBe(0);
    expect(snapTurnStep(state, 0.5, angle)).toBe(0);
    expect(snapTurnStep(state, 0.1, angle)).toBe(0);
    expect(snapTurnStep(state, -0.8, angle)).toBeCloseTo(angle);
    expect(snapTurnStep(state, 0.2, angle)).toBe(0);
    expect(snapTurnStep(state, 0.5, angle)).toBe(0); // between release and press: nothing
  });
});
