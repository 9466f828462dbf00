import { CEILING_LAMP, GHOST_BULB } from './layout';
import type { ShipLightLevels } from './ship-light-levels';

/** One point light's settings for a moment of the scene. */
export interface PointLightSetting {
  position: readonly [number, number, number];
  /** Hex RGB, set without parsing each frame. */
  color: number;
  intensity: number;
  distance: number;
  decay: number;
}

const CEILING = { position: CEILING_LAMP, color: 0xffe4c4, distance: 7, decay: 1.6 } as const;
const ZION = { position: [0.3, 2.6, -3.2], color: 0xffb070, distance: 11, decay: 1.3 } as const;
const AMBER = { position: [2.3, 1.05, 0.62], color: 0xffb24a, distance: 3.5, decay: 1.5 } as const;
const GHOST = { position: GHOST_BULB, color: 0xffcf8a, distance: 5, decay: 1.5 } as const;

/**
 * Every point light costs every lit pixel of the scene, on or off, so the ship's practicals share
 * two lights that change jobs in the dark. The overhead lamp dims out over the first half of the
 * night's change and the light comes back as Zion's cavern through the windows; the amber console
 * dims out in the same half, and its light becomes Ghost's lamp once Sparks names the room. Each
 * change of place happens at zero intensity, so nothing jumps.
 */
export function sharedPracticals({ night, ghost }: ShipLightLevels): { overhead: PointLightSetting; console: PointLightSetting } {
  const firstHalf = Math.max(0, 1 - 2 * night);
  const secondHalf = Math.max(0, 2 * night - 1);
  return {
    overhead: night < 0.5 ? { ...CEILING, intensity: 5 * firstHalf } : { ...ZION, intensity: 9 * secondHalf },
    console: ghost > 0 ? { ...GHOST, intensity: 7 * ghost } : { ...AMBER, intensity: 2 * firstHalf },
  };
}
