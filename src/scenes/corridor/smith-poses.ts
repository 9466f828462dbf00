import type { SmithPose } from './corridor-staging';
import { SMITH_HOME } from './layout';

/** Smith's body at rest in a pose. `facing` null means he turns to face Neo. */
export interface PoseTarget {
  x: number;
  z: number;
  /** Heading: 0 faces +Z (toward the entrance), PI/2 faces +X (across the hall). */
  facing: number | null;
  /** Leaning back against the wall, radians. */
  lean: number;
  /** 0 arm down, 1 hand to forehead, -1 reaching for Neo's wrist. */
  arm: number;
  /** Stands this far from Neo, toward him, instead of at x and z. */
  nearNeo?: number;
}

const [HX, , HZ] = SMITH_HOME;

export const SMITH_POSES: Record<SmithPose, PoseTarget> = {
  'against-door': { x: HX, z: HZ, facing: Math.PI / 2 - 0.55, lean: 0.03, arm: 0 },
  leaning: { x: HX - 0.02, z: HZ + 1.15, facing: Math.PI / 2 - 0.25, lean: 0.16, arm: 1 },
  'looking-up': { x: HX - 0.02, z: HZ + 1.15, facing: Math.PI / 2 - 0.45, lean: 0.12, arm: 0 },
  retreated: { x: HX + 0.05, z: HZ - 2.3, facing: 0.35, lean: 0, arm: 0 },
  'stepped-out': { x: -0.45, z: HZ - 0.9, facing: Math.PI, lean: 0, arm: 0 },
  'facing-neo': { x: -0.4, z: HZ - 0.5, facing: null, lean: 0, arm: 0 },
  'holding-wrist': { x: -0.4, z: HZ - 0.5, facing: null, lean: 0, arm: -1, nearNeo: 0.8 },
};

/** Turns from one heading to another the short way round. */
export function lerpAngle(a: number, b: number, t: number): number {
  const delta = Math.atan2(Math.sin(b - a), Math.cos(b - a));
  return a + delta * t;
}
