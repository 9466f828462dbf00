import { describe, expect, it } from 'vitest';
import { flyBuzz } from './fly-buzz';

describe("the flies' buzz", () => {
  it('wavers in pitch around a wing-beat of about two hundred hertz', () => {
    const pitches = Array.from({ length: 200 }, (_, i) => flyBuzz(i * 0.05, 0, 1).pitch);
    expect(Math.min(...pitches)).toBeGreaterThan(170);
    expect(Math.max(...pitches)).toBeLessThan(260);
    expect(Math.max(...pitches) / Math.min(...pitches)).toBeGreaterThan(1.08);
  });

  it('buzzes in bursts and rests, and is still when the light is out', () => {
    const levels = Array.from({ length: 400 }, (_, i) => flyBuzz(i * 0.05, 1, 1).level);
    expect(Math.max(...levels)).toBeGreaterThan(0.8);
    expect(Math.min(...levels)).toBeLessThan(0.2);
    for (let t = 0; t < 20; t += 0.1) expect(flyBuzz(t, 0, 0).level).toBe(0);
    expect(flyBuzz(3, 0, 0.3).level).toBeLessThan(flyBuzz(3, 0, 1).level);
  });
});
