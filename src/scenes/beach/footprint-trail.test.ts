import { describe, expect, it } from 'vitest';
import { createFootprintTrail, followFeet, liftFeet } from './footprint-trail';

describe('footprint trail', () => {
  it('lays one print per stride, alternating feet either side of the path', () => {
    const trail = createFootprintTrail(8, 0.5);
    const laid = [];
    for (let i = 0; i <= 40; i += 1) {
      const print = followFeet(trail, 0, -i * 0.05);
      if (print) laid.push(print);
    }
    expect(laid).toHaveLength(4);
    expect(Math.sign(laid[0]!.x)).toBe(-Math.sign(laid[1]!.x));
    expect(Math.abs(laid[0]!.x)).toBeCloseTo(0.11, 5);
    // Walking along -Z, the feet point along -Z (yaw 0).
    expect(laid[0]!.yaw).toBeCloseTo(0, 5);
  });

  it('keeps only the last prints, overwriting the oldest', () => {
    const trail = createFootprintTrail(3, 0.5);
    for (let i = 0; i <= 200; i += 1) followFeet(trail, i * 0.05, 0);
    expect(trail.prints).toHaveLength(3);
    expect(trail.steps).toBeGreaterThan(3);
    const xs = trail.prints.map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThan(8);
  });

  it('standing still or being placed somewhere else leaves no print', () => {
    const trail = createFootprintTrail(4, 0.5);
    followFeet(trail, 0, 0);
    expect(followFeet(trail, 0, 0)).toBeNull();
    expect(followFeet(trail, 20, 0)).toBeNull();
    liftFeet(trail);
    expect(followFeet(trail, 0.4, 0)).toBeNull();
    expect(trail.walked).toBe(0);
  });
});
