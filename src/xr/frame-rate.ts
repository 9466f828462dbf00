/**
 * The session's frame rate: 90 Hz where offered, else 72 (never 120: it halves the time a frame
 * may take, for nothing a story needs); else the fastest rate under 90; false leaves the default.
 */
export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported);
  if (rates.includes(90)) return 90;
  if (rates.includes(72)) return 72;
  const fitting = rates.filter((r) => r <= 90);
  return fitting.length ? Math.max(...fitting) : false;
}
