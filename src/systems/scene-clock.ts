/**
 * Seconds since the staged scene appeared: the one time base for everything that moves, so that
 * 60, 90 and 120 Hz look the same and capture mode can reproduce any frame.
 */
export const sceneClock = {
  seconds: 0,
  reset(): void {
    this.seconds = 0;
  },
};
