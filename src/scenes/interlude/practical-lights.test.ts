import { describe, expect, it } from 'vitest';
import { sharedPracticals } from './practical-lights';
import { CEILING_LAMP, GHOST_BULB } from './layout';

describe("the ship's shared practical lights", () => {
  it('by day: the overhead lamp and the amber console', () => {
    const { overhead, console } = sharedPracticals({ night: 0, ghost: 0 });
    expect(overhead.position).toEqual(CEILING_LAMP);
    expect(overhead.intensity).toBe(5);
    expect(console.color).toBe(0xffb24a);
    expect(console.intensity).toBe(2);
  });

  it('changes places only in the dark, never with a jump in light', () => {
    let previous = sharedPracticals({ night: 0, ghost: 0 });
    for (let step = 1; step <= 200; step += 1) {
      const night = Math.min(1, step / 100);
      const ghost = Math.max(0, (step - 120) / 80);
      const next = sharedPracticals({ night, ghost });
      for (const key of ['overhead', 'console'] as const) {
        if (next[key].position !== previous[key].position) {
          expect(previous[key].intensity, `${key} before it moves`).toBeLessThan(0.2);
          expect(next[key].intensity, `${key} after it moves`).toBeLessThan(0.2);
        }
        expect(Math.abs(next[key].intensity - previous[key].intensity), `${key} eases`).toBeLessThan(0.25);
      }
      previous = next;
    }
  });

  it("at night: the cavern through the windows, and Ghost's lamp once it is lit", () => {
    const dark = sharedPracticals({ night: 1, ghost: 0 });
    expect(dark.overhead.color).toBe(0xffb070);
    expect(dark.overhead.intensity).toBe(9);
    expect(dark.console.intensity).toBe(0);
    const lit = sharedPracticals({ night: 1, ghost: 1 });
    expect(lit.console.position).toEqual(GHOST_BULB);
    expect(lit.console.intensity).toBe(7);
  });
});
