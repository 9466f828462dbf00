import { hash01 } from '../../systems/flicker';
import { CONSOLE } from './layout';

/**
 * The monitors' chirps as a function of scene time: the heat-seeking monitor, the motion
 * detectors and the exterior cameras on the consoles (as Monitors.tsx places them) each answer
 * now and then; at night the code scrolls sparse, and so do they. Pure, so it is unit-tested.
 */

/** The four console screens: where each sits, and what it watches. */
export const CONSOLE_SCREENS = [
  { x: -3.0, kind: 'heat' },
  { x: -1.9, kind: 'motion' },
  { x: 1.9, kind: 'camera' },
  { x: 3.0, kind: 'heat' },
].map((s) => ({ ...s, y: CONSOLE.height + 0.34, z: 0.3 })) as readonly { x: number; y: number; z: number; kind: 'heat' | 'motion' | 'camera' }[];

/** Seconds a chirp slot lasts: at most one chirp a slot. */
export const CHIRP_SLOT = 0.45;
/** The chance a slot chirps, on the busy ship and in Zion at night. */
const CHANCE = { busy: 0.55, night: 0.12 } as const;

/** What each screen says: a pitch glide (from, to, seconds) and a blip count. */
export const CHIRP_VOICES = {
  heat: { from: 1900, to: 1250, seconds: 0.09, blips: 1 },
  motion: { from: 2400, to: 3100, seconds: 0.04, blips: 2 },
  camera: { from: 1500, to: 1500, seconds: 0.03, blips: 1 },
} as const;

export interface Chirp {
  /** Scene time of its first blip. */
  at: number;
  screen: number;
  /** Seconds between its blips. */
  gap: number;
}

/** The chirp a slot holds, or null: which screen, and when within the slot. */
export function chirpInSlot(slot: number, night: number): Chirp | null {
  const chance = CHANCE.busy + (CHANCE.night - CHANCE.busy) * night;
  if (hash01(slot, 4001) >= chance) return null;
  const screen = Math.floor(hash01(slot, 4002) * CONSOLE_SCREENS.length);
  return { at: (slot + 0.1 + 0.6 * hash01(slot, 4003)) * CHIRP_SLOT, screen, gap: 0.09 };
}

/** Calls `visit` with each chirp whose first blip falls in (from, to]. `night` 0 busy ship to 1 Zion at night. */
export function eachChirp(from: number, to: number, night: number, visit: (chirp: Chirp) => void): void {
  for (let slot = Math.floor(from / CHIRP_SLOT); slot * CHIRP_SLOT <= to; slot += 1) {
    const chirp = chirpInSlot(slot, night);
    if (chirp && chirp.at > from && chirp.at <= to) visit(chirp);
  }
}
