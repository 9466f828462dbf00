import { describe, expect, it } from 'vitest';
import { LOWEST_LEVEL, particlesAt, pixelRatioAt, QUALITY_LEVELS, qualityModeFor } from './quality-levels';

describe('adaptive quality levels', () => {
  it('each level below draws fewer pixels and fewer particles than the one above', () => {
    for (let level = 1; level < QUALITY_LEVELS.length; level += 1) {
      expect(QUALITY_LEVELS[level]!.resolution).toBeLessThan(QUALITY_LEVELS[level - 1]!.resolution);
      expect(QUALITY_LEVELS[level]!.particles).toBeLessThan(QUALITY_LEVELS[level - 1]!.particles);
    }
    expect(QUALITY_LEVELS[0]).toEqual({ resolution: 1, particles: 1 });
  });

  it('a visitor adapts; capture mode and automation stay at full quality unless the address asks', () => {
    expect(qualityModeFor('', { capture: false, automated: false })).toEqual({ adaptive: true, level: 0 });
    expect(qualityModeFor('', { capture: true, automated: false })).toEqual({ adaptive: false, level: 0 });
    expect(qualityModeFor('?scene=plaza', { capture: false, automated: true })).toEqual({ adaptive: false, level: 0 });
    expect(qualityModeFor('?quality=auto', { capture: false, automated: true })).toEqual({ adaptive: true, level: 0 });
    expect(qualityModeFor('?quality=auto', { capture: true, automated: true })).toEqual({ adaptive: false, level: 0 });
    expect(qualityModeFor('?quality=2&capture=1', { capture: true, automated: true })).toEqual({ adaptive: false, level: 2 });
    expect(qualityModeFor('?quality=9', { capture: false, automated: false })).toEqual({ adaptive: false, level: LOWEST_LEVEL });
    expect(qualityModeFor('?quality=high', { capture: false, automated: false })).toEqual({ adaptive: true, level: 0 });
  });

  it('scales the pixel ratio within the device range and never below half a CSS pixel', () => {
    expect(pixelRatioAt(0, 2, [1, 1.5])).toBe(1.5);
    expect(pixelRatioAt(2, 2, [1, 1.5])).toBe(1.05);
    expect(pixelRatioAt(LOWEST_LEVEL, 1, [1, 1])).toBe(0.55);
    expect(pixelRatioAt(LOWEST_LEVEL, 0.5, [0.5, 0.5])).toBe(0.5);
  });

  it('draws a share of the particles, never none', () => {
    expect(particlesAt(0, 36_000)).toBe(36_000);
    expect(particlesAt(LOWEST_LEVEL, 36_000)).toBe(14_400);
    expect(particlesAt(LOWEST_LEVEL, 1)).toBe(1);
  });
});
