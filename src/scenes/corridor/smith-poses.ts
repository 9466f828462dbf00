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
  /** Stands this far from Neo, toward him, instead of at x and z. */
  nearNeo?: number;
  /** The figure clip he holds in this pose. */
  clip: string;
  /** How much his head and eyes follow Neo (0 not at all, 1 fully). */
  look: number;
  /** How tired his face is (the sorrow expression, 0 to 1). */
  sorrow: number;
}

const [HX, , HZ] = SMITH_HOME;

export const SMITH_POSES: Record<SmithPose, PoseTarget> = {
  'against-door': { x: HX, z: HZ, facing: Math.PI / 2 - 0.55, lean: 0.03, clip: 'against-door', look: 0.9, sorrow: 0.25 },
  leaning: { x: HX - 0.02, z: HZ + 1.15, facing: Math.PI / 2 - 0.25, lean: 0.16, clip: 'forehead', look: 0.25, sorrow: 0.7 },
  'looking-up': { x: HX - 0.02, z: HZ + 1.15, facing: Math.PI / 2 - 0.45, lean: 0.12, clip: 'tired', look: 1, sorrow: 0.45 },
  retreated: { x: HX + 0.05, z: HZ - 2.3, facing: 0.35, lean: 0, clip: 'retreated', look: 0.15, sorrow: 0.6 },
  'stepped-out': { x: -0.45, z: HZ - 0.9, facing: Math.PI, lean: 0, clip: 'stand', look: 0, sorrow: 0.3 },
  'facing-neo': { x: -0.4, z: HZ - 0.5, facing: null, lean: 0, clip: 'stand', look: 1, sorrow: 0.3 },
  'holding-wrist': { x: -0.4, z: HZ - 0.5, facing: null, lean: 0, nearNeo: 0.8, clip: 'reach-wrist', look: 0.5, sorrow: 0.15 },
};

/** Turns from one heading to another the short way round. */
export function lerpAngle(a: number, b: number, t: number): number {
  const delta = Math.atan2(Math.sin(b - a), Math.cos(b - a));
  return a + delta * t;
}
