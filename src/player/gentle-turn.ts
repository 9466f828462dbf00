/**
 * A gentle turn of the player's head, asked for by the story (a touch on the arm turns Neo
 * around): the driver eases the yaw from where it was to `to` over `seconds`, then gives
 * control back. Per-frame state, outside React and the store.
 */
export interface GentleTurn {
  active: boolean;
  from: number;
  to: number;
  /** Looking down (to a child) or up, eased alongside the yaw; null leaves the pitch alone. */
  fromPitch: number | null;
  toPitch: number | null;
  seconds: number;
  elapsed: number;
}

export interface TurnStep {
  yaw: number;
  /** Null when the turn leaves the pitch to the player. */
  pitch: number | null;
}

export const TURN_SECONDS = 1.5;

export function createGentleTurn(): GentleTurn {
  return { active: false, from: 0, to: 0, fromPitch: null, toPitch: null, seconds: TURN_SECONDS, elapsed: 0 };
}

/** The app's one gentle turn. */
export const gentleTurn = createGentleTurn();

/** Asks for a turn from `fromYaw` to face `toYaw`, the short way round (and to a pitch, if given). */
export function requestTurn(turn: GentleTurn, fromYaw: number, toYaw: number, seconds = TURN_SECONDS, pitch?: { from: number; to: number }): void {
  turn.active = true;
  turn.fromPitch = pitch?.from ?? null;
  turn.toPitch = pitch?.to ?? null;
  turn.from = fromYaw;
  turn.to = fromYaw + Math.atan2(Math.sin(toYaw - fromYaw), Math.cos(toYaw - fromYaw));
  turn.seconds = Math.max(0.01, seconds);
  turn.elapsed = 0;
}

export function cancelTurn(turn: GentleTurn): void {
  turn.active = false;
}

/** Eased in and out: a head turns, it does not snap. */
export function easeTurn(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
}

/**
 * Moves the turn on by `seconds`; returns the yaw the player should have now, or null when no
 * turn is under way (the last frame of a turn returns its target and ends it).
 */
export function stepGentleTurn(turn: GentleTurn, seconds: number): TurnStep | null {
  if (!turn.active) return null;
  turn.elapsed += Math.max(0, seconds);
  const k = easeTurn(turn.elapsed / turn.seconds);
  if (turn.elapsed >= turn.seconds) turn.active = false;
  const pitch = turn.fromPitch === null || turn.toPitch === null ? null : turn.fromPitch + (turn.toPitch - turn.fromPitch) * k;
  return { yaw: turn.from + (turn.to - turn.from) * k, pitch };
}
