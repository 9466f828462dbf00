import { describe, expect, it } from 'vitest';
import { craneClanks, eachClank } from './crane-clanks';
import { hookSpeed } from './crane-sound';
import { CRANE_SECONDS, cranePose, type CranePose } from './crane-timeline';
import { CHIRP_SLOT, eachChirp, type Chirp } from './monitor-chirps';
import { shipBedLevels } from './ship-beds';

const chirps = (from: number, to: number, night: number) => {
  const out: Chirp[] = [];
  eachChirp(from, to, night, (c) => out.push(c));
  return out;
};

describe("the monitors' chirps", () => {
  it('chirp now and then from the console screens, never two in one slot', () => {
    const heard = chirps(0, 60, 0);
    expect(heard.length).toBeGreaterThan(40);
    for (let i = 1; i < heard.length; i += 1) expect(heard[i]!.at - heard[i - 1]!.at).toBeGreaterThan(CHIRP_SLOT * 0.3);
    expect(new Set(heard.map((c) => c.screen)).size).toBe(4);
  });

  it('are the same however the frames slice the time', () => {
    const sliced = [0, 7.3, 20, 41.9].flatMap((from, i, all) => chirps(from, all[i + 1] ?? 60, 0));
    expect(sliced).toEqual(chirps(0, 60, 0));
  });

  it('grow sparse in Zion at night, as the scrolling code does', () => {
    expect(chirps(0, 60, 1).length).toBeLessThan(chirps(0, 60, 0).length / 3);
    expect(chirps(0, 60, 1).length).toBeGreaterThan(0);
  });
});

describe("the crane's clanks", () => {
  const clanks = craneClanks();
  const pose: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };

  it('latch onto the boy, clunk at the end of each stroke, and ring as the hook lets go', () => {
    expect(clanks[0]).toEqual({ at: 0, kind: 'latch' });
    expect(clanks.filter((c) => c.kind === 'release')).toHaveLength(1);
    expect(clanks.filter((c) => c.kind === 'stop').length).toBeGreaterThanOrEqual(2);
    for (const c of clanks.filter((k) => k.kind === 'stop')) {
      expect(hookSpeed(c.at)).toBeLessThan(0.06);
      expect(hookSpeed(c.at - 0.8)).toBeGreaterThan(0.1);
    }
    const release = clanks.find((c) => c.kind === 'release')!;
    expect(cranePose(release.at - 0.02, pose).holding).toBe(true);
    expect(cranePose(release.at + 0.02, pose).holding).toBe(false);
    expect(clanks.at(-1)!.at).toBeLessThanOrEqual(CRANE_SECONDS + 0.01);
  });

  it('are heard once each, in order, as the scene time passes them', () => {
    const heard: number[] = [];
    for (let t = -1; t < CRANE_SECONDS + 1; t += 1 / 60) eachClank(t, t + 1 / 60, (c) => heard.push(c.at));
    expect(heard).toEqual(clanks.map((c) => c.at));
  });
});

describe("the ship's beds", () => {
  it('hand the engines over to Zion at night', () => {
    expect(shipBedLevels(0)).toEqual({ engines: 1, zion: 0 });
    expect(shipBedLevels(1)).toEqual({ engines: 0, zion: 1 });
    expect(shipBedLevels(0.5).engines + shipBedLevels(0.5).zion).toBeCloseTo(1, 9);
  });
});
