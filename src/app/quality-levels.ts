/**
 * Adaptive quality: a device that cannot keep its frame rate draws fewer pixels and fewer
 * particles, a level at a time, and steps back up when there is room. Timing never changes: every
 * flicker, fall and wave is a function of the scene clock, whatever the level.
 */
export interface QualityLevel {
  /** Fraction of the device's pixel ratio the Canvas draws at. */
  resolution: number;
  /** Fraction of each particle system (rain, snow, dust) drawn. */
  particles: number;
}

/** Level 0 is full quality; each step down costs about a third less fill. */
export const QUALITY_LEVELS: readonly QualityLevel[] = [
  { resolution: 1, particles: 1 },
  { resolution: 0.85, particles: 0.75 },
  { resolution: 0.7, particles: 0.55 },
  { resolution: 0.55, particles: 0.4 },
];

export const LOWEST_LEVEL = QUALITY_LEVELS.length - 1;

/** How the level is chosen: adapted to the frame rate, or pinned (capture, tests, the bench). */
export interface QualityMode {
  adaptive: boolean;
  level: number;
}

export const clampLevel = (level: number) => Math.min(LOWEST_LEVEL, Math.max(0, Math.round(level)));

/**
 * From the page's address: `?quality=0`..`3` pins a level, `?quality=auto` adapts. Otherwise a
 * visitor's page adapts, while capture mode and browser automation stay at full quality, so frames
 * and pixels repeat (automation adapts only when asked to).
 */
export function qualityModeFor(search: string, { capture, automated }: { capture: boolean; automated: boolean }): QualityMode {
  const asked = new URLSearchParams(search).get('quality');
  if (asked !== null && /^\d$/.test(asked)) return { adaptive: false, level: clampLevel(Number(asked)) };
  if (asked === 'auto') return { adaptive: !capture, level: 0 };
  return { adaptive: !capture && !automated, level: 0 };
}

/** The Canvas's pixel ratio at a level: the device's, scaled, never below half a CSS pixel's. */
export function pixelRatioAt(level: number, devicePixelRatio: number, [min, max]: readonly [number, number]): number {
  const device = Math.min(max, Math.max(min, devicePixelRatio));
  return Math.max(0.5, Math.round(device * QUALITY_LEVELS[clampLevel(level)]!.resolution * 100) / 100);
}

/** How many of `count` particles to draw at a level (at least one, so a system never vanishes). */
export const particlesAt = (level: number, count: number) => Math.max(1, Math.round(count * QUALITY_LEVELS[clampLevel(level)]!.particles));
