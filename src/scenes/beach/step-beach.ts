import type { BeachState } from './beach-state';
import { REVEAL_SECONDS } from './layout';

/** The reveal's progress at a scene time: 0 white, 1 all painted; unhurried at both ends. */
export function revealAt(paintedAt: number | null, now: number): number {
  if (paintedAt === null) return 0;
  const x = Math.min(1, Math.max(0, (now - paintedAt) / REVEAL_SECONDS));
  return x * x * (3 - 2 * x);
}

/** Once a frame, before the parts read it: time and reveal into the shared uniforms. */
export function stepBeach(state: BeachState, now: number): void {
  state.uniforms.uTime.value = now;
  state.uniforms.uReveal.value = revealAt(state.paintedAt, now);
}
