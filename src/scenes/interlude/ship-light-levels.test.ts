import { describe, expect, it } from 'vitest';
import { createInterludeState } from './interlude-state';
import { GHOST_SECONDS, isNight, NIGHT_SECONDS, shipLightLevels } from './ship-light-levels';

const levels = { night: 0, ghost: 0 };

describe('the ship lights', () => {
  it('are the day ship until the night cue, then ease into the night over its seconds', () => {
    const state = createInterludeState();
    expect(shipLightLevels(state, 50, levels)).toEqual({ night: 0, ghost: 0 });
    expect(isNight(state, 50)).toBe(false);
    state.at.night = 10;
    expect(isNight(state, 9.9)).toBe(false);
    expect(shipLightLevels(state, 9.9, levels).night).toBe(0);
    expect(isNight(state, 10)).toBe(true);
    expect(shipLightLevels(state, 10 + NIGHT_SECONDS / 2, levels).night).toBeCloseTo(0.5);
    expect(shipLightLevels(state, 10 + NIGHT_SECONDS * 3, levels).night).toBe(1);
  });

  it("warm Ghost's lamp up from the moment Sparks names the room, without a jump", () => {
    const state = createInterludeState();
    state.ghostLitAt = 20;
    const at = (t: number) => shipLightLevels(state, t, levels).ghost;
    expect(at(19.9)).toBe(0);
    expect(at(20)).toBe(0);
    expect(at(20 + GHOST_SECONDS / 10)).toBeLessThan(0.05);
    expect(at(20 + GHOST_SECONDS / 2)).toBeCloseTo(0.5);
    expect(at(20 + GHOST_SECONDS)).toBe(1);
    for (let t = 20; t < 22; t += 0.05) expect(at(t + 0.05) - at(t)).toBeLessThan(0.06);
  });

  it('stand fully in the night at once on a visit that began after it (a deep link)', () => {
    const state = createInterludeState();
    state.at.night = -100;
    state.ghostLitAt = -100;
    expect(shipLightLevels(state, 0, levels)).toEqual({ night: 1, ghost: 1 });
  });
});
