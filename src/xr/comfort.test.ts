import { describe, expect, it, vi } from 'vitest';
import { createComfort, FADE_SECONDS, fadeThrough, isFading, resetComfort, revealFromBlack, stepComfort } from './comfort';

describe('comfort: fades and vignette', () => {
  it('runs the move once, at black, then clears', () => {
    const state = createComfort();
    const move = vi.fn();
    fadeThrough(state, move);
    stepComfort(state, FADE_SECONDS / 2, true);
    expect(move).not.toHaveBeenCalled();
    expect(state.fade).toBeCloseTo(0.5);
    stepComfort(state, FADE_SECONDS / 2, true);
    expect(move).toHaveBeenCalledTimes(1);
    expect(state.fade).toBe(1);
    stepComfort(state, FADE_SECONDS, true);
    expect(state.fade).toBe(0);
    expect(isFading(state)).toBe(false);
    stepComfort(state, 1, true);
    expect(move).toHaveBeenCalledTimes(1);
  });

  it('a second request while fading out replaces the first move', () => {
    const state = createComfort();
    const first = vi.fn();
    const second = vi.fn();
    fadeThrough(state, first);
    stepComfort(state, FADE_SECONDS / 2, true);
    fadeThrough(state, second);
    stepComfort(state, FADE_SECONDS, true);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('a long frame still reaches black and back without skipping the move', () => {
    const state = createComfort();
    const move = vi.fn();
    fadeThrough(state, move);
    stepComfort(state, 5, false);
    expect(move).toHaveBeenCalledTimes(1);
    stepComfort(state, 5, false);
    expect(state.phase).toBe('clear');
  });

  it('the vignette closes while moving (when wanted) and opens when still', () => {
    const state = createComfort();
    state.moving = true;
    for (let i = 0; i < 60; i += 1) stepComfort(state, 1 / 60, true);
    expect(state.vignette).toBeGreaterThan(0.99);
    state.moving = false;
    for (let i = 0; i < 60; i += 1) stepComfort(state, 1 / 60, true);
    expect(state.vignette).toBe(0);
    state.moving = true;
    stepComfort(state, 1, false);
    expect(state.vignette).toBe(0);
  });

  it('reset runs a pending move and leaves nothing black', () => {
    const state = createComfort();
    const move = vi.fn();
    fadeThrough(state, move);
    stepComfort(state, FADE_SECONDS / 2, true);
    resetComfort(state);
    expect(move).toHaveBeenCalledTimes(1);
    expect(state.fade).toBe(0);
    expect(isFading(state)).toBe(false);
  });

  it('a jump nobody faded for comes back from black; a fade under way keeps its move', () => {
    const state = createComfort();
    revealFromBlack(state);
    expect(state.fade).toBe(1);
    stepComfort(state, FADE_SECONDS, true);
    expect(state.fade).toBe(0);
    const move = vi.fn();
    fadeThrough(state, move);
    revealFromBlack(state);
    stepComfort(state, FADE_SECONDS, true);
    expect(move).toHaveBeenCalledTimes(1);
  });
});
