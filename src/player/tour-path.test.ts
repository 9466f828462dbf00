import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { TourStop } from '../scenes/types';
import { curvePoint, ease, flightPose, flightSeconds, MIN_FLIGHT_SECONDS, resumeStop, shortestTurn, type Flight, type TourPose } from './tour-path';

const stop = (x: number, z: number, yaw = 0, dwell = 1): TourStop => ({ position: [x, 0, z], yaw, dwell });
const poseAt = (x: number, z: number, yaw = 0, pitch = 0): TourPose => ({ position: new Vector3(x, 0, z), yaw, pitch });

function flight(from: TourPose, to: TourStop, before: Flight['before'] = null, after: Flight['after'] = null): Flight {
  return { from, to, before, after, seconds: flightSeconds(from, to) };
}

/** Samples a flight at a steady frame rate. */
function sample(f: Flight, fps = 60): TourPose[] {
  const out: TourPose[] = [];
  for (let t = 0; t <= f.seconds + 1e-9; t += 1 / fps) out.push(flightPose(f, t, { position: new Vector3(), yaw: 0, pitch: 0 }));
  return out;
}

describe('easing', () => {
  it('starts and ends at rest, and only ever goes forward', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    expect(ease(0.01)).toBeLessThan(0.0001);
    expect(1 - ease(0.99)).toBeLessThan(0.0001);
    for (let s = 0; s < 1; s += 0.01) expect(ease(s + 0.01)).toBeGreaterThanOrEqual(ease(s));
    expect(ease(-1)).toBe(0);
    expect(ease(2)).toBe(1);
  });
});

describe('turning the short way round', () => {
  it.each([
    [0, Math.PI / 2, Math.PI / 2],
    [Math.PI / 2, 0, -Math.PI / 2],
    [(170 * Math.PI) / 180, (-170 * Math.PI) / 180, (20 * Math.PI) / 180],
    [(-170 * Math.PI) / 180, (170 * Math.PI) / 180, (-20 * Math.PI) / 180],
    [4 * Math.PI + 0.1, 0.3, 0.2],
  ])('from %f to %f turns by %f', (from, to, turn) => {
    expect(shortestTurn(from, to)).toBeCloseTo(turn, 9);
  });

  it('a flight across the back of the compass never faces the other way', () => {
    const f = flight(poseAt(0, 0, (170 * Math.PI) / 180), stop(0, -2, (-170 * Math.PI) / 180));
    for (const pose of sample(f)) expect(Math.cos(pose.yaw)).toBeLessThan(-0.9);
    expect(shortestTurn(f.to.yaw, sample(f).at(-1)!.yaw)).toBeCloseTo(0, 9);
  });
});

describe('flights', () => {
  it('begin exactly at the start and end exactly at the stop, looking its way, level', () => {
    const f = flight(poseAt(1, 2, 0.3, 0.4), stop(-4, -6, 2));
    const first = flightPose(f, 0, poseAt(0, 0));
    const last = flightPose(f, f.seconds, poseAt(0, 0));
    expect(first.position.toArray()).toEqual([1, 0, 2]);
    expect(first.yaw).toBeCloseTo(0.3, 9);
    expect(first.pitch).toBeCloseTo(0.4, 9);
    expect(last.position.distanceTo(new Vector3(-4, 0, -6))).toBeLessThan(1e-9);
    expect(last.yaw).toBeCloseTo(2, 9);
    expect(last.pitch).toBe(0);
    // Past the end, it stays there.
    expect(flightPose(f, f.seconds + 5, poseAt(0, 0)).position.distanceTo(last.position)).toBeLessThan(1e-9);
  });

  it('take longer for longer distances and larger turns, never under the minimum', () => {
    const near = flightSeconds(poseAt(0, 0), stop(0, -0.5));
    const far = flightSeconds(poseAt(0, 0), stop(0, -20));
    const turning = flightSeconds(poseAt(0, 0), stop(0, -0.5, Math.PI));
    expect(near).toBe(MIN_FLIGHT_SECONDS);
    expect(far).toBeGreaterThan(near);
    expect(turning).toBeGreaterThan(near);
    expect(flightSeconds(poseAt(3, 3, 1), stop(3, 3, 1 + 2 * Math.PI))).toBe(0);
  });

  it('move without jitter: straight, forward only, and the speed changes smoothly', () => {
    const f = flight(poseAt(0, 8), stop(0, 2));
    const poses = sample(f);
    const speeds: number[] = [];
    for (let i = 1; i < poses.length; i += 1) {
      expect(poses[i]!.position.x).toBeCloseTo(0, 9);
      expect(poses[i]!.position.z).toBeLessThanOrEqual(poses[i - 1]!.position.z + 1e-12);
      speeds.push(poses[i]!.position.distanceTo(poses[i - 1]!.position) * 60);
    }
    for (let i = 1; i < speeds.length; i += 1) expect(Math.abs(speeds[i]! - speeds[i - 1]!)).toBeLessThan(0.1);
    expect(speeds[0]).toBeLessThan(0.01);
    expect(speeds.at(-1)).toBeLessThan(0.01);
  });

  it('bend through the stops around them along the path, and turn no faster than is comfortable', () => {
    // An L-shaped path: the flight from the corner to the next stop leaves along the bend.
    const f = flight(poseAt(0, 0, 0), stop(4, -4, -Math.PI / 2), [0, 0, 4], [8, 0, -4]);
    const poses = sample(f);
    const early = poses[Math.floor(poses.length * 0.2)]!.position;
    // It came in heading -Z, so it leaves the corner more along -Z than toward +X.
    expect(early.x).toBeGreaterThan(0);
    expect(-early.z).toBeGreaterThan(early.x * 1.2);
    for (const p of poses) {
      // No overshoot beyond the segment's box, with a small allowance for the bend.
      expect(p.position.x).toBeGreaterThan(-0.5);
      expect(p.position.x).toBeLessThan(4.5);
      expect(p.position.z).toBeLessThan(0.5);
    }
    for (let i = 1; i < poses.length; i += 1) expect(Math.abs(poses[i]!.yaw - poses[i - 1]!.yaw) * 60).toBeLessThan(2);
  });

  it('a curve with mirrored ends is the straight line, and repeated points do not break it', () => {
    const out = new Vector3();
    curvePoint(null, new Vector3(0, 0, 0), new Vector3(2, 0, 0), null, 0.25, out);
    expect(out.y).toBeCloseTo(0, 9);
    expect(out.z).toBeCloseTo(0, 9);
    expect(out.x).toBeGreaterThan(0);
    expect(out.x).toBeLessThan(2);
    curvePoint(new Vector3(0, 0, 0), new Vector3(0, 0, 0), new Vector3(1, 0, 0), new Vector3(1, 0, 0), 0.5, out);
    expect(Number.isFinite(out.x)).toBe(true);
    expect(curvePoint(null, new Vector3(1, 1, 1), new Vector3(1, 1, 1), null, 0.5, out).toArray()).toEqual([1, 1, 1]);
  });
});

describe('resuming a tour from where the camera is', () => {
  const stops = [stop(0, 8), stop(0, 2), stop(6, 2)];

  it('at a stop, stays at that stop', () => {
    expect(resumeStop(stops, new Vector3(0, 0, 8))).toBe(0);
    expect(resumeStop(stops, new Vector3(0, 0, 2))).toBe(1);
    expect(resumeStop(stops, new Vector3(6, 0, 2))).toBe(2);
  });

  it('between two stops, goes on to the one ahead instead of back-tracking', () => {
    expect(resumeStop(stops, new Vector3(0, 0, 6))).toBe(1);
    expect(resumeStop(stops, new Vector3(3.5, 0, 2.4))).toBe(2);
  });

  it('with one stop or none', () => {
    expect(resumeStop([stop(1, 1)], new Vector3(9, 0, 9))).toBe(0);
    expect(resumeStop([], new Vector3())).toBe(-1);
  });
});
