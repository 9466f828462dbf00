/**
 * What covers the eyes in a headset, as plain state: a fade to black (teleports, tour cuts) and
 * a comfort vignette (darkened edges while the stick moves the player). Stepped once per frame
 * by XrComfortView; the driver and the tour ask for fades here and never touch the view.
 */

/** Seconds to go black, and the same to come back: short, so a teleport feels immediate. */
export const FADE_SECONDS = 0.15;
/** How fast the vignette closes and opens, per second (exponential easing). */
const VIGNETTE_RATE = 8;

type FadePhase = 'clear' | 'out' | 'in';

export interface Comfort {
  phase: FadePhase;
  /** 0 clear to 1 black. */
  fade: number;
  /** Called once the view is black: the move happens out of sight. */
  onBlack: (() => void) | null;
  /** 0 open to 1 fully closed edges. */
  vignette: number;
  /** Set by the driver each frame: the stick is moving or smoothly turning the player. */
  moving: boolean;
}

export function createComfort(): Comfort {
  return { phase: 'clear', fade: 0, onBlack: null, vignette: 0, moving: false };
}

/** The app's one comfort state. */
export const comfort = createComfort();

/**
 * Fades to black, runs `onBlack`, and fades back. Asked again while fading, the newer move wins
 * (it runs at the black point of the fade already under way).
 */
export function fadeThrough(state: Comfort, onBlack: () => void): void {
  state.onBlack = onBlack;
  if (state.phase !== 'out') state.phase = 'out';
}

/**
 * The view has just jumped without a fade asked for (the story placed the player in a new scene):
 * it comes back from black, so the jump is never seen. A fade on its way out keeps its move.
 */
export function revealFromBlack(state: Comfort): void {
  if (state.phase === 'out') return;
  state.fade = 1;
  state.phase = 'in';
}

/** True while a fade is hiding the view or about to. */
export function isFading(state: Comfort): boolean {
  return state.phase !== 'clear';
}

/** One frame: moves the fade along (running the move at black) and eases the vignette. */
export function stepComfort(state: Comfort, seconds: number, vignetteWanted: boolean): void {
  const dt = Math.max(0, seconds);
  if (state.phase === 'out') {
    state.fade = Math.min(1, state.fade + dt / FADE_SECONDS);
    if (state.fade >= 1) {
      const move = state.onBlack;
      state.onBlack = null;
      state.phase = 'in';
      move?.();
    }
  } else if (state.phase === 'in') {
    state.fade = Math.max(0, state.fade - dt / FADE_SECONDS);
    if (state.fade <= 0) state.phase = 'clear';
  }
  const target = vignetteWanted && state.moving ? 1 : 0;
  state.vignette += (target - state.vignette) * (1 - Math.exp(-VIGNETTE_RATE * dt));
  if (Math.abs(target - state.vignette) < 1e-3) state.vignette = target;
}

/** Clears everything (a session ending): nothing is left half black. */
export function resetComfort(state: Comfort): void {
  const move = state.onBlack;
  state.onBlack = null;
  state.phase = 'clear';
  state.fade = 0;
  state.vignette = 0;
  state.moving = false;
  move?.();
}
