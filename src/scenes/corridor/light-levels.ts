import { blackoutLevel, dyingLevel, flickerLevel } from '../../systems/flicker';
import type { CorridorState } from './corridor-state';

/** After a blackout begins, the ordinary dips rest so the blackout stays a single flash. */
const QUIET_AFTER_BLACKOUT = 2.2;

/** Writes each lit fixture's brightness for scene time `t` into `state.lightLevels`. */
export function updateLightLevels(state: CorridorState, t: number, reduceFlashing: boolean): void {
  const { blackoutAt, lightsDieAt } = state;
  for (let i = 0; i < state.lightLevels.length; i += 1) {
    let level = flickerLevel(t, {
      reduceFlashing,
      lightIndex: i,
      quietFrom: blackoutAt ?? -1,
      quietUntil: blackoutAt === null ? -1 : blackoutAt + QUIET_AFTER_BLACKOUT,
    });
    if (blackoutAt !== null) level *= blackoutLevel(t - blackoutAt, reduceFlashing);
    if (lightsDieAt !== null) level *= dyingLevel(t - lightsDieAt, i);
    state.lightLevels[i] = level;
  }
}

export function averageLevel(levels: readonly number[]): number {
  let sum = 0;
  for (const level of levels) sum += level;
  return levels.length ? sum / levels.length : 1;
}
