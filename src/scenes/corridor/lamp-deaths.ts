import { blackoutLevel } from '../../systems/flicker';

/**
 * When each lit lamp goes out in the forgotten ending, seconds after the lights begin to die,
 * as `dyingLevel` in systems/flicker.ts draws it: lamp i fades from 0.6 + 0.8 i over 0.6 s.
 */
export const LAMP_DEATH = { first: 0.6, between: 0.8, fade: 0.6 } as const;

export interface LampDeath {
  lamp: number;
  /** Scene time its fizz begins (it starts to fade) and the pop as it goes dark. */
  fizzAt: number;
  popAt: number;
}

/** One death per lamp, in order along the hallway, from the scene time the lights began to die. */
export function lampDeaths(lightsDieAt: number, lamps: number): LampDeath[] {
  return Array.from({ length: lamps }, (_, lamp) => {
    const fizzAt = lightsDieAt + LAMP_DEATH.first + lamp * LAMP_DEATH.between;
    return { lamp, fizzAt, popAt: fizzAt + LAMP_DEATH.fade };
  });
}

/**
 * The hallway's air (its ventilation, the building's breath) with the power: it sinks to a hush
 * while the blackout holds, and with each lamp that dies. 1 is the ordinary stale air.
 */
export function airLevel(t: number, blackoutAt: number | null, lightsDieAt: number | null, lamps: number): number {
  let level = 1;
  if (blackoutAt !== null) level *= 0.25 + 0.75 * blackoutLevel(t - blackoutAt);
  if (lightsDieAt !== null) {
    let dead = 0;
    for (const death of lampDeaths(lightsDieAt, lamps)) dead += Math.min(1, Math.max(0, (t - death.fizzAt) / LAMP_DEATH.fade));
    level *= 1 - 0.7 * (dead / Math.max(1, lamps));
  }
  return level;
}

/** Whether the blackout's silence holds at scene time t (the lights out, the hum cut). */
export function inBlackout(t: number, blackoutAt: number | null): boolean {
  return blackoutAt !== null && blackoutLevel(t - blackoutAt) < 0.03;
}
