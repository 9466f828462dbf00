import { describe, expect, it } from 'vitest';
import { CROWD } from './config';
import { CALL_SECONDS, VOICE_POOL, crowdCallAt, crowdMood, kindWeights, slotAt } from './crowd-voices';

const calls = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => crowdCallAt(from + i)).filter((c) => c !== null);

describe("the crowd's voices", () => {
  it('calls from within the crowd, behind the spawn in the snow, mostly from near', () => {
    const all = calls(0, 2000);
    for (const c of all) {
      expect(c.position[2]).toBeGreaterThanOrEqual(CROWD.nearZ);
      expect(c.position[2]).toBeLessThanOrEqual(CROWD.nearZ + 52);
      expect(Math.abs(c.position[0])).toBeLessThanOrEqual(CROWD.halfWidth);
    }
    const near = all.filter((c) => c.position[2] < CROWD.nearZ + 20).length;
    expect(near / all.length).toBeGreaterThan(0.5);
  });

  it('is the same crowd at the same scene time, and one pool voice at a time per slot', () => {
    expect(crowdCallAt(123)).toEqual(crowdCallAt(123));
    expect(crowdCallAt(14)?.voice ?? 14 % VOICE_POOL).toBe(14 % VOICE_POOL);
    expect(slotAt(CALL_SECONDS * 10)).toBe(10);
    expect(slotAt(-3)).toBe(0);
  });

  it('cries, screams, laughs, murmurs and delights, and its mood changes over time', () => {
    const kinds = new Set(calls(0, 400).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['cry', 'delight', 'laugh', 'murmur', 'scream']);
    const moods = Array.from({ length: 120 }, (_, s) => crowdMood(s));
    expect(Math.max(...moods) - Math.min(...moods)).toBeGreaterThan(0.6);
    expect(kindWeights(1).laugh).toBeGreaterThan(kindWeights(0).laugh);
    expect(kindWeights(0).cry).toBeGreaterThan(kindWeights(1).cry);
  });

  it('leaves each pool voice time to finish before it is asked again', () => {
    expect(VOICE_POOL * CALL_SECONDS).toBeGreaterThan(3.5);
  });
});
