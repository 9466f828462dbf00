import { describe, expect, it } from 'vitest';
import { dyingLevel } from '../../systems/flicker';
import { airLevel, inBlackout, lampDeaths, LAMP_DEATH } from './lamp-deaths';
import { eachSmithStep, SMITH_STEP_SECONDS, walkWeight } from './smith-steps';
import { eachSpiderFootfall, SPIDER_STEP_SECONDS } from './spider-patter';
import { spiderAt, SPIDER_CYCLE } from './spider-path';

const collect = (from: number, to: number, each: (from: number, to: number, visit: (t: number) => void) => void) => {
  const out: number[] = [];
  each(from, to, (t) => out.push(t));
  return out;
};

describe("the spider's patter", () => {
  const steps = collect(0, SPIDER_CYCLE, (a, b, v) => eachSpiderFootfall(a, b, -3.2, v));

  it('ticks at each footfall while the spider runs, and never while it freezes or rests', () => {
    expect(steps.length).toBeGreaterThan(30);
    for (const t of steps) expect(spiderAt(t, -3.2).running).toBe(1);
    // The freeze at 1.2-2.4 s and the rest after 4.6 s are silent.
    expect(steps.some((t) => t > 1.25 && t < 2.35)).toBe(false);
    expect(steps.some((t) => t > 4.65)).toBe(false);
  });

  it('steps one bob apart, and a window split in two hears the same footfalls as one', () => {
    for (let i = 1; i < steps.length; i += 1) expect(steps[i]! - steps[i - 1]!).toBeGreaterThanOrEqual(SPIDER_STEP_SECONDS - 1e-9);
    const split = [...collect(0, 3, (a, b, v) => eachSpiderFootfall(a, b, -3.2, v)), ...collect(3, SPIDER_CYCLE, (a, b, v) => eachSpiderFootfall(a, b, -3.2, v))];
    expect(split).toEqual(steps);
  });
});

describe("Smith's steps", () => {
  const walk = { from: 'against-door', to: 'retreated', at: 10 } as const;
  const shuffle = { from: 'leaning', to: 'looking-up', at: 10 } as const;
  const stepsOf = (move: typeof walk | typeof shuffle) => {
    const out: number[] = [];
    eachSmithStep(move, 0, 20, (t) => out.push(t));
    return out;
  };

  it('falls on the walk clip beat, only while he walks from one mark to the next', () => {
    const steps = stepsOf(walk);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const t of steps) {
      expect(t).toBeGreaterThan(10);
      expect(t).toBeLessThan(12);
      expect(walkWeight(walk, t)).toBeGreaterThan(0.3);
      expect((t / SMITH_STEP_SECONDS) % 1).toBeCloseTo(0, 6);
    }
  });

  it('is silent when he only shifts his weight where he stands', () => {
    expect(stepsOf(shuffle)).toEqual([]);
  });
});

describe('the lights dying in the forgotten ending', () => {
  const deaths = lampDeaths(50, 4);

  it('gives one death per lamp, in order along the hallway, each when its light fades', () => {
    expect(deaths.map((d) => d.lamp)).toEqual([0, 1, 2, 3]);
    for (let i = 1; i < deaths.length; i += 1) expect(deaths[i]!.fizzAt).toBeGreaterThan(deaths[i - 1]!.popAt - LAMP_DEATH.fade);
    for (const d of deaths) {
      // The fizz starts as its light starts to fade; the pop lands as it goes dark.
      expect(dyingLevel(d.fizzAt - 50, d.lamp)).toBeCloseTo(1, 6);
      expect(dyingLevel(d.fizzAt - 50 + 0.3, d.lamp)).toBeLessThan(1);
      expect(dyingLevel(d.popAt - 50, d.lamp)).toBeCloseTo(0, 6);
      expect(dyingLevel(d.popAt - 50 - 0.05, d.lamp)).toBeGreaterThan(0);
    }
  });

  it("hushes the hallway's air as the lamps die, and in the blackout's second of silence", () => {
    expect(airLevel(10, null, null, 4)).toBe(1);
    expect(airLevel(50 + 0.5, null, 50, 4)).toBe(1);
    expect(airLevel(60, null, 50, 4)).toBeCloseTo(0.3, 6);
    expect(airLevel(20.5, 20, null, 4)).toBeCloseTo(0.25, 6);
    expect(airLevel(22, 20, null, 4)).toBe(1);
    expect(inBlackout(20.5, 20)).toBe(true);
    expect(inBlackout(19.9, 20)).toBe(false);
    expect(inBlackout(21.3, 20)).toBe(false);
    expect(inBlackout(20.5, null)).toBe(false);
  });
});
