import { describe, expect, it } from 'vitest';
import { DUCK_DB, SCENE_TRIM_DB, busGain, dbToGain, gainToDb, meanDb, peakOf, rmsDbfs, trimFor } from './mix';

describe('the mix', () => {
  it('converts decibels and gains both ways', () => {
    expect(dbToGain(0)).toBe(1);
    expect(dbToGain(-6)).toBeCloseTo(0.501, 3);
    expect(gainToDb(0.1)).toBeCloseTo(-20, 6);
    expect(gainToDb(0)).toBe(-Infinity);
  });

  it('ducks slightly under dialogue and not otherwise', () => {
    expect(busGain(null, false)).toBe(1);
    expect(gainToDb(busGain(null, true))).toBeCloseTo(DUCK_DB, 6);
    expect(gainToDb(busGain('corridor', true) / busGain('corridor', false))).toBeCloseTo(DUCK_DB, 6);
    expect(DUCK_DB).toBeLessThan(-1);
    expect(DUCK_DB).toBeGreaterThan(-7);
  });

  it('measures a full-scale sine at -3 dBFS RMS with a peak of 1', () => {
    const sine = Float32Array.from({ length: 48000 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 48000));
    expect(rmsDbfs(sine)).toBeCloseTo(-3.01, 1);
    expect(peakOf(sine)).toBeCloseTo(1, 3);
    expect(rmsDbfs(new Float32Array(16))).toBe(-Infinity);
  });

  it('averages readings as power, not as decibels', () => {
    expect(meanDb([-20, -20])).toBeCloseTo(-20, 6);
    // Half the time at -10, half in near silence: about 3 dB under -10.
    expect(meanDb([-10, -200])).toBeCloseTo(-13.01, 1);
    expect(meanDb([-Infinity])).toBe(-Infinity);
  });

  it('trims every staged scene, and never boosts the bus by more than it can take', () => {
    for (const scene of ['construct', 'plaza', 'corridor', 'interlude', 'beach']) {
      expect(SCENE_TRIM_DB[scene], scene).toBeTypeOf('number');
      expect(SCENE_TRIM_DB[scene]!).toBeLessThanOrEqual(12);
      expect(gainToDb(busGain(scene, false))).toBeCloseTo(SCENE_TRIM_DB[scene]!, 6);
    }
    expect(busGain('nowhere', false)).toBe(1);
  });

  it('trims a part to the target from one measurement', () => {
    expect(gainToDb(trimFor(-18, -24))).toBeCloseTo(-6, 6);
    expect(gainToDb(trimFor(-45, -24))).toBeCloseTo(21, 6);
  });
});
