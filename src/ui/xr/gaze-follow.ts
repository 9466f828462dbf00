import { Vector3 } from 'three';

/** The panel moves on once the head has turned this far from it (radians, ~35°). */
export const FOLLOW_ANGLE = (35 * Math.PI) / 180;
/** Metres in front of the eyes: readable at arm's length, never glued to the face. */
export const PANEL_DISTANCE = 1.4;
/** Metres below the eyes, so the panel sits under the line of sight, not across it. */
export const PANEL_DROP = 0.3;
/** How fast the panel catches up, per second (exponential easing). */
const EASE_RATE = 2.5;
/**
 * Metres the panel keeps in front of a wall that stands closer than its reading distance. The
 * collision world is the walls' plain faces: doors, frames and knobs stand up to 0.25 m proud.
 */
export const WALL_MARGIN = 0.3;
/**
 * The least a wall (or a figure) may pull the panel in, as a share of its full distance (about
 * 0.55 m): still beyond the hands at rest, so a ray can reach it, and comfortable to focus on.
 * Anything nearer is drawn over (the panel is drawn on top of the world, see draw-on-top.ts).
 */
export const MIN_SCALE = 0.385;

/** A world-space panel that follows the gaze lazily. Transient, mutated each frame. */
export interface GazeFollow {
  position: Vector3;
  /** The panel's own heading (it faces back along it). */
  yaw: number;
  /** The heading the panel is settling towards. */
  anchorYaw: number;
  placed: boolean;
  /**
   * The panel's size, 1 at reading distance: where a wall stands closer, the panel comes in
   * front of it and shrinks with its distance, so it looks the same size and is never buried.
   */
  scale: number;
}

/** Metres from `from` along the unit `direction` to the first solid, Infinity when nothing is there. */
export type ClearAhead = (from: Vector3, direction: Vector3) => number;

export function createGazeFollow(): GazeFollow {
  return { position: new Vector3(), yaw: 0, anchorYaw: 0, placed: false, scale: 1 };
}

/** The signed difference b - a, in (-PI, PI]. */
export function angleBetween(a: number, b: number): number {
  const d = (b - a) % (2 * Math.PI);
  return d > Math.PI ? d - 2 * Math.PI : d <= -Math.PI ? d + 2 * Math.PI : d;
}

const target = new Vector3();
const toPanel = new Vector3();
const direction = new Vector3();
const FULL_REACH = Math.hypot(PANEL_DISTANCE, PANEL_DROP);

/**
 * Eases the panel toward a spot PANEL_DISTANCE in front of the head at its anchor heading. The
 * anchor only moves when the head turns away by more than FOLLOW_ANGLE, so small glances leave
 * the panel where it is. Framerate independent. With `clearAhead`, a wall nearer than the panel
 * pulls it in at once, along the line from the eyes, shrunk to look the same size.
 */
export function stepGazeFollow(state: GazeFollow, eyes: Vector3, headYaw: number, seconds: number, clearAhead?: ClearAhead): GazeFollow {
  if (!state.placed || Math.abs(angleBetween(state.anchorYaw, headYaw)) > FOLLOW_ANGLE) state.anchorYaw = headYaw;
  // Forward at yaw 0 is -Z; positive yaw turns left.
  target.set(eyes.x - Math.sin(state.anchorYaw) * PANEL_DISTANCE, eyes.y - PANEL_DROP, eyes.z - Math.cos(state.anchorYaw) * PANEL_DISTANCE);
  const k = state.placed ? 1 - Math.exp(-EASE_RATE * Math.max(0, seconds)) : 1;
  state.position.lerp(target, k);
  state.yaw = state.placed ? state.yaw + angleBetween(state.yaw, state.anchorYaw) * k : state.anchorYaw;
  state.placed = true;
  keepBeforeWalls(state, eyes, clearAhead, k);
  return state;
}

function keepBeforeWalls(state: GazeFollow, eyes: Vector3, clearAhead: ClearAhead | undefined, k: number): void {
  const reach = toPanel.subVectors(state.position, eyes).length();
  const clear = clearAhead && reach > 1e-6 ? clearAhead(eyes, direction.copy(toPanel).divideScalar(reach)) : Infinity;
  const limit = Math.max(MIN_SCALE * FULL_REACH, clear - WALL_MARGIN);
  if (reach > limit) {
    state.position.copy(eyes).addScaledVector(direction, limit);
    state.scale = limit / FULL_REACH;
  } else {
    state.scale += (1 - state.scale) * k;
  }
}
