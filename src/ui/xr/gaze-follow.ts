import { Vector3 } from 'three';

/** The panel moves on once the head has turned this far from it (radians, ~35°). */
export const FOLLOW_ANGLE = (35 * Math.PI) / 180;
/** Metres in front of the eyes: readable at arm's length, never glued to the face. */
export const PANEL_DISTANCE = 1.4;
/** Metres below the eyes, so the panel sits under the line of sight, not across it. */
export const PANEL_DROP = 0.3;
/** How fast the panel catches up, per second (exponential easing). */
const EASE_RATE = 2.5;

/** A world-space panel that follows the gaze lazily. Transient, mutated each frame. */
export interface GazeFollow {
  position: Vector3;
  /** The panel's own heading (it faces back along it). */
  yaw: number;
  /** The heading the panel is settling towards. */
  anchorYaw: number;
  placed: boolean;
}

export function createGazeFollow(): GazeFollow {
  return { position: new Vector3(), yaw: 0, anchorYaw: 0, placed: false };
}

/** The signed difference b - a, in (-PI, PI]. */
export function angleBetween(a: number, b: number): number {
  const d = (b - a) % (2 * Math.PI);
  return d > Math.PI ? d - 2 * Math.PI : d <= -Math.PI ? d + 2 * Math.PI : d;
}

const target = new Vector3();

/**
 * Eases the panel toward a spot PANEL_DISTANCE in front of the head at its anchor heading. The
 * anchor only moves when the head turns away by more than FOLLOW_ANGLE, so small glances leave
 * the panel where it is. Framerate independent.
 */
export function stepGazeFollow(state: GazeFollow, eyes: Vector3, headYaw: number, seconds: number): GazeFollow {
  if (!state.placed || Math.abs(angleBetween(state.anchorYaw, headYaw)) > FOLLOW_ANGLE) state.anchorYaw = headYaw;
  // Forward at yaw 0 is -Z; positive yaw turns left.
  target.set(eyes.x - Math.sin(state.anchorYaw) * PANEL_DISTANCE, eyes.y - PANEL_DROP, eyes.z - Math.cos(state.anchorYaw) * PANEL_DISTANCE);
  if (!state.placed) {
    state.position.copy(target);
    state.yaw = state.anchorYaw;
    state.placed = true;
    return state;
  }
  const k = 1 - Math.exp(-EASE_RATE * Math.max(0, seconds));
  state.position.lerp(target, k);
  state.yaw += angleBetween(state.yaw, state.anchorYaw) * k;
  return state;
}
