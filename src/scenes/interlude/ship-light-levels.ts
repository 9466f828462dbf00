import { secondsSince, type InterludeState } from './interlude-state';

/** Seconds the ship's lights take to settle into the night's. */
export const NIGHT_SECONDS = 3;
/** Seconds Ghost's room's lamp takes to warm up once Sparks names the room. */
export const GHOST_SECONDS = 1.5;

export interface ShipLightLevels {
  /** 0 the busy ship by day, 1 the base's control room at night. */
  night: number;
  /** 0 Ghost's room dark, 1 its lamp on and the processor awake. */
  ghost: number;
}

const smooth = (x: number) => {
  const k = Math.min(1, Math.max(0, x));
  return k * k * (3 - 2 * k);
};

/** How far the night and Ghost's lamp have come at scene time `t`; eased, never a flash. */
export function shipLightLevels(state: Pick<InterludeState, 'at' | 'ghostLitAt'>, t: number, out: ShipLightLevels): ShipLightLevels {
  const night = secondsSince(state.at.night, t);
  const ghost = secondsSince(state.ghostLitAt, t);
  out.night = night < 0 ? 0 : Math.min(1, night / NIGHT_SECONDS);
  out.ghost = ghost < 0 ? 0 : smooth(ghost / GHOST_SECONDS);
  return out;
}

/** Whether the scene shows the night's set (Zion beyond the control room) rather than the ship's. */
export function isNight(state: Pick<InterludeState, 'at'>, t: number): boolean {
  return secondsSince(state.at.night, t) >= 0;
}
