import { describe, expect, it } from 'vitest';
import { BREAK_PHASE, gullCall, gullCycle, surfAt } from './beach-sound';
import { WAVE_PERIOD, waterLevel } from './layout';

const sample = (from: number, to: number, step = 0.05) => Array.from({ length: Math.round((to - from) / step) }, (_, i) => from + i * step);

describe("the surf's envelope", () => {
  it('breaks once per wave period, just before the water reaches highest', () => {
    const times = sample(0, WAVE_PERIOD * 3, 0.01);
    const crash = times.map((t) => surfAt(t).crash);
    const peaks = times.filter((_, i) => i > 0 && crash[i]! > 0.8 && crash[i]! >= crash[i - 1]! && crash[i]! >= (crash[i + 1] ?? 0));
    expect(peaks.length).toBe(3);
    for (const t of peaks) {
      const phase = (t / WAVE_PERIOD) % 1;
      expect(phase).toBeGreaterThan(BREAK_PHASE - 0.01);
      expect(phase).toBeLessThan(0.25);
      // The water is high and still rising there.
      expect(waterLevel(t + 0.1)).toBeGreaterThan(waterLevel(t));
    }
  });

  it('builds before the break, crashes sharply, then hisses as foam and draws back', () => {
    const at = (phase: number) => surfAt(phase * WAVE_PERIOD);
    expect(at(BREAK_PHASE - 0.3).build).toBeLessThan(at(BREAK_PHASE - 0.05).build);
    expect(at(BREAK_PHASE - 0.01).build).toBeGreaterThan(0.8);
    // A sharp attack: from little to loud within a few hundredths of a period.
    expect(at(BREAK_PHASE - 0.01).crash).toBeLessThan(0.1);
    expect(at(BREAK_PHASE + 0.01).crash).toBeGreaterThan(0.8);
    // The foam outlasts the crash, and the backwash comes after both.
    expect(at(BREAK_PHASE + 0.15).foam).toBeGreaterThan(at(BREAK_PHASE + 0.15).crash);
    expect(at(BREAK_PHASE + 0.38).drawback).toBeCloseTo(1, 3);
    expect(at(BREAK_PHASE + 0.38).foam).toBeLessThan(0.2);
    expect(at(BREAK_PHASE + 0.7).crash + at(BREAK_PHASE + 0.7).foam).toBeLessThan(0.05);
    for (const t of sample(0, WAVE_PERIOD)) {
      for (const v of Object.values(surfAt(t))) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is the same at the same scene time, and writes into the object it is given', () => {
    const out = { build: 0, crash: 0, foam: 0, drawback: 0 };
    expect(surfAt(12.3, out)).toBe(out);
    const later = surfAt(12.3 + WAVE_PERIOD * 4);
    for (const key of Object.keys(out) as (keyof typeof out)[]) expect(out[key]).toBeCloseTo(later[key], 9);
  });
});

describe('the gulls', () => {
  it('cry in gliding notes up high, and the answer is lower and shorter', () => {
    const cry = gullCall(false, 2);
    const answer = gullCall(true, 3);
    const peak = (c: typeof cry) => Math.max(...c.f0.map((p) => p[1]));
    expect(peak(cry)).toBeGreaterThan(1800);
    expect(Math.min(...cry.f0.map((p) => p[1]))).toBeGreaterThan(800);
    expect(peak(answer)).toBeLessThan(peak(cry));
    expect(answer.duration).toBeLessThan(cry.duration);
    expect(cry.amp.filter((p) => p[1] === 0).length).toBeGreaterThanOrEqual(6);
  });

  it('call on a cycle after the beach appears', () => {
    expect(gullCycle(1)).toBe(-1);
    expect(gullCycle(2.5)).toBe(0);
    expect(gullCycle(2.5 + 9)).toBe(1);
  });
});
