import type { Matrix4 } from 'three';
import { Euler, Quaternion, Vector3 } from 'three';

/** A gull's loop through the sky: a tilted ellipse, flown at its own speed. */
export interface GullPath {
  center: [number, number, number];
  radius: [number, number];
  /** Radians per second; negative flies the other way round. */
  speed: number;
  phase: number;
}

export const GULL_PATHS: GullPath[] = [
  { center: [-10, 14, -45], radius: [38, 16], speed: 0.16, phase: 0 },
  { center: [6, 18, -60], radius: [52, 22], speed: -0.12, phase: 2 },
  { center: [24, 11, -30], radius: [26, 12], speed: 0.2, phase: 4 },
  { center: [-30, 22, -90], radius: [60, 25], speed: 0.09, phase: 1 },
  { center: [0, 16, 10], radius: [70, 30], speed: -0.07, phase: 5 },
  { center: [40, 25, -120], radius: [80, 30], speed: 0.06, phase: 3 },
];

const position = new Vector3();
const ahead = new Vector3();
const euler = new Euler(0, 0, 0, 'YXZ');
const rotation = new Quaternion();
const SCALE = new Vector3(1.5, 1.5, 1.5);

/** Where a gull on `path` is at a scene time. */
export function pointOn(path: GullPath, seconds: number, out: Vector3): Vector3 {
  const a = path.phase + path.speed * seconds;
  return out.set(path.center[0] + Math.cos(a) * path.radius[0], path.center[1] + Math.sin(a * 2.3) * 1.5, path.center[2] + Math.sin(a) * path.radius[1]);
}

/** Where a gull is at a scene time, facing along its path and banking into the turn. */
export function gullMatrix(path: GullPath, seconds: number, out: Matrix4): Matrix4 {
  pointOn(path, seconds, position);
  pointOn(path, seconds + 0.2, ahead);
  const heading = Math.atan2(ahead.x - position.x, ahead.z - position.z);
  euler.set(0, heading, -Math.sign(path.speed) * 0.35);
  rotation.setFromEuler(euler);
  return out.compose(position, rotation, SCALE);
}
