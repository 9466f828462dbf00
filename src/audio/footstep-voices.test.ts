import { describe, expect, it } from 'vitest';
import { fillGrains, STEP_VOICES, stepAccent } from './footstep-voices';
import { rmsDbfs } from './mix';

describe('footsteps by ground', () => {
  it('sound different on each ground: sand soft, long and dark; wet bright; hard short with a firm thud', () => {
    const { hard, wet, snow, sand } = STEP_VOICES;
    expect(sand.grains && snow.grains).toBe(true);
    expect(hard.grains || wet.grains).toBe(false);
    expect(sand.decay).toBeGreaterThan(Math.max(hard.decay, wet.decay, snow.decay));
    expect(sand.band).toBeLessThan(Math.min(hard.band, wet.band, snow.band));
    expect(wet.band).toBeGreaterThan(hard.band);
    expect(hard.thudLevel).toBeGreaterThan(Math.max(wet.thudLevel, snow.thudLevel, sand.thudLevel));
    expect(new Set(Object.values(STEP_VOICES).map((v) => v.caption)).size).toBe(4);
    expect(sand.caption).toMatch(/sand/);
  });

  it('alternate feet, one a little softer', () => {
    expect([1, 2, 3, 4].map(stepAccent)).toEqual([0.85, 1, 0.85, 1]);
  });

  it('crunch in grains: sparse clicks, mostly silence between them, unlike a hiss', () => {
    const data = new Float32Array(48000);
    fillGrains(data, 48000, 2600, 11);
    const silent = data.filter((v) => v === 0).length / data.length;
    expect(silent).toBeGreaterThan(0.5);
    expect(rmsDbfs(data)).toBeGreaterThan(-30);
    const again = new Float32Array(48000);
    fillGrains(again, 48000, 2600, 11);
    expect(again).toEqual(data);
  });
});
