import { spiderAt } from './spider-path';

/** Seconds between the spider's footfalls: its body bobs with |sin(40 t)| (Spider.tsx), one footfall a bob. */
export const SPIDER_STEP_SECONDS = Math.PI / 40;

/**
 * Calls `visit` with the scene time of each of the spider's footfalls in (from, to]: one at each
 * bob while it runs, none while it freezes or rests in the skirting.
 */
export function eachSpiderFootfall(from: number, to: number, crossingZ: number, visit: (t: number) => void): void {
  for (let k = Math.floor(from / SPIDER_STEP_SECONDS) + 1; k * SPIDER_STEP_SECONDS <= to; k += 1) {
    const t = k * SPIDER_STEP_SECONDS;
    if (spiderAt(t, crossingZ).running > 0) visit(t);
  }
}

/** How hard one footfall ticks, 0.5 to 1: eight legs never land alike. */
export function patterAccent(t: number): number {
  const k = Math.round(t / SPIDER_STEP_SECONDS);
  return 0.5 + 0.5 * (((k * 7919) % 13) / 12);
}
