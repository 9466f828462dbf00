import { describe, expect, it } from 'vitest';
import { countFlashes, countRedFlashes, redMeasure } from './flash-analysis';
import { blackoutLevel, dyingLevel, flickerLevel, SOFT_BLACKOUT_LEVEL } from './flicker';

/** Samples a light at a display rate for a while: the view's brightness follows the light. */
function sample(rate: number, seconds: number, level: (t: number) => number) {
  const times: number[] = [];
  const values: number[] = [];
  for (let i = 0; i <= seconds * rate; i += 1) {
    const t = i / rate;
    times.push(t);
    values.push(level(t) * 0.6);
  }
  return countFlashes(values, times);
}

describe('the corridor flicker is safe by construction', () => {
  for (const rate of [24, 30, 60, 72, 90, 120, 144]) {
    for (const lightIndex of [0, 1, 2, 3]) {
      it(`light ${lightIndex} at ${rate} Hz: never more than three flashes in a second over ten minutes`, () => {
        const report = sample(rate, 600, (t) => flickerLevel(t, { reduceFlashing: false, lightIndex }));
        expect(report.maxPerSecond).toBeLessThanOrEqual(3);
        // And it really flickers: dips happen.
        expect(report.transitions.length).toBeGreaterThan(100);
      });
    }
  }

  it('all the lights together (their average) stay within the limit', () => {
    const report = sample(60, 600, (t) => [0, 1, 2, 3].reduce((sum, i) => sum + flickerLevel(t, { reduceFlashing: false, lightIndex: i }), 0) / 4);
    expect(report.maxPerSecond).toBeLessThanOrEqual(3);
  });

  it('with reduce flashing, the light only breathes: no flash at all', () => {
    for (const lightIndex of [0, 1, 2]) {
      const report = sample(60, 120, (t) => flickerLevel(t, { reduceFlashing: true, lightIndex }));
      expect(report.transitions).toEqual([]);
    }
  });

  it('the blackout is one flash, and no dip happens around it', () => {
    const at = 10;
    const level = (t: number) => flickerLevel(t, { reduceFlashing: false, lightIndex: 0, quietFrom: at - 1, quietUntil: at + 2.2 }) * blackoutLevel(t - at);
    const report = sample(60, 20, level);
    expect(report.maxPerSecond).toBeLessThanOrEqual(3);
    const near = report.transitions.filter((t) => t > at - 1 && t < at + 2.2);
    expect(near).toHaveLength(2);
  });

  it('the dying lights go out and stay out', () => {
    expect(dyingLevel(0, 2)).toBe(1);
    expect(dyingLevel(30, 2)).toBe(0);
    const report = sample(60, 10, (t) => [0, 1, 2, 3].reduce((sum, i) => sum + dyingLevel(t, i), 0) / 4);
    expect(report.maxPerSecond).toBeLessThanOrEqual(1);
  });
});

describe('flash counting', () => {
  it('counts a square wave at 5 Hz as five flashes a second', () => {
    const report = sample(60, 3, (t) => (Math.floor(t * 10) % 2 === 0 ? 1 : 0.2));
    expect(report.maxPerSecond).toBe(5);
  });

  it('ignores changes under 10%, and changes between bright states', () => {
    expect(sample(60, 3, (t) => 1 - 0.1 * (Math.floor(t * 10) % 2)).maxPerSecond).toBe(0);
  });
});

describe('red flash counting', () => {
  it('counts saturated red blinking, and ignores dull or small red changes', () => {
    const times = Array.from({ length: 181 }, (_, i) => i / 60);
    const blinking = times.map((t) => (Math.floor(t * 10) % 2 === 0 ? redMeasure(230, 10, 10) : 0));
    expect(countRedFlashes(blinking, times).maxPerSecond).toBe(5);
    const dull = times.map((t) => (Math.floor(t * 10) % 2 === 0 ? redMeasure(120, 80, 80) : 0));
    expect(countRedFlashes(dull, times).maxPerSecond).toBe(0);
  });
});

describe('the blackout with flashing reduced', () => {
  it('is a dimming, never dark, and changes too slowly to flash', () => {
    let lowest = 1;
    let steepest = 0;
    for (let t = -0.5; t < 3; t += 1 / 120) {
      const level = blackoutLevel(t, true);
      lowest = Math.min(lowest, level);
      steepest = Math.max(steepest, Math.abs(blackoutLevel(t + 1 / 3, true) - level));
    }
    expect(lowest).toBeCloseTo(SOFT_BLACKOUT_LEVEL, 2);
    expect(lowest).toBeGreaterThan(0.3);
    // One smooth dip over 2.4 s: a quarter of the light's range at most in any third of a second
    // (the full blackout drops all of it in 0.08 s).
    expect(steepest).toBeLessThan(0.25);
  });
});
