import { describe, expect, it } from 'vitest';
import { LAKE } from './config';
import { flierAt, formedAt, isFlier, SHARD_PERIOD, wingsAt, wingStroke, WING_BEAT, type FlierPlace } from './shard-wings';
import { LAKE_PERIOD, FURNITURE_PERIOD, lakeHeave, lakeRise, pieceLift, waterLiftAt, waterPieces, type WaterLift } from './water-lift';

const times = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) }, (_, i) => from + i * step);

describe('water lifting from the lake', () => {
  it('heaves while the lake rises into a mountain, loudest where it rises fastest, and is still while it stands', () => {
    const ts = times(0, LAKE_PERIOD, 0.05);
    const rising = ts.filter((t) => lakeRise(t + 0.05) - lakeRise(t) > 0.004);
    const standing = ts.filter((t) => lakeRise(t) > 0.999);
    expect(rising.length).toBeGreaterThan(20);
    for (const t of rising) expect(lakeHeave(t + 0.025)).toBeGreaterThan(0.1);
    for (const t of standing) expect(lakeHeave(t)).toBeLessThan(0.1);
    const steepest = ts.reduce((a, b) => (lakeRise(b + 0.05) - lakeRise(b) > lakeRise(a + 0.05) - lakeRise(a) ? b : a));
    expect(lakeHeave(steepest + 0.025)).toBeGreaterThan(0.95);
  });

  it("rushes as each piece's water flies up, from that piece's place above the lake", () => {
    const pieces = waterPieces();
    expect(pieces).toHaveLength(14);
    const out: WaterLift = { heave: 0, spray: 0, climb: 0, x: 0, z: 0 };
    const piece = pieces[3]!;
    // The piece starts up when its cycle starts: (t + seed * period) / period is whole.
    const start = FURNITURE_PERIOD * (2 - piece.seed);
    expect(pieceLift(piece, start - 0.01)).toBe(0);
    expect(pieceLift(piece, start + FURNITURE_PERIOD * 0.125)).toBeCloseTo(1, 6);
    expect(pieceLift(piece, start + FURNITURE_PERIOD * 0.3)).toBe(0);
    waterLiftAt(pieces, start + FURNITURE_PERIOD * 0.125, out);
    expect(out.spray).toBeGreaterThan(0.5);
    for (const p of pieces) expect(Math.hypot(p.x - LAKE.x, p.z - LAKE.z)).toBeLessThan(LAKE.radius);
    expect(Math.hypot(out.x - LAKE.x, out.z - LAKE.z)).toBeLessThan(LAKE.radius);
  });

  it('climbs in pitch as the water climbs', () => {
    const pieces = [{ seed: 0, x: LAKE.x, z: LAKE.z }];
    const out: WaterLift = { heave: 0, spray: 0, climb: 0, x: 0, z: 0 };
    const climbs = [0.5, 1.5, 3, 4].map((t) => waterLiftAt(pieces, FURNITURE_PERIOD * 3 + t, out).climb);
    for (let i = 1; i < climbs.length; i += 1) expect(climbs[i]!).toBeGreaterThan(climbs[i - 1]!);
  });
});

describe('wings as the shards fly off', () => {
  const place: FlierPlace = { x: 0, y: 0, z: 0, u: 0, beat: 0 };

  it('beats only while a glass creature is gathered and flying, never as a cloud of shards', () => {
    expect(formedAt(0.1)).toBe(0);
    expect(formedAt(0.29)).toBe(0);
    expect(formedAt(0.6)).toBe(1);
    expect(formedAt(0.999)).toBeLessThan(0.01);
    expect([0, 1, 2, 3, 4, 5].map(isFlier)).toEqual([true, true, false, false, true, true]);
  });

  it('pushes air on each downstroke, once a beat', () => {
    const beats = times(0, 4 * Math.PI, 0.01).map(wingStroke);
    const strokes = beats.filter((v, i) => i > 0 && v > 0.9 && beats[i - 1]! <= 0.9).length;
    expect(strokes).toBe(2);
    expect(wingStroke(Math.PI)).toBe(1);
    expect(wingStroke(0)).toBe(0.25);
  });

  it('flies away from where it burst, rising, flapping at the shader beat', () => {
    flierAt(0, SHARD_PERIOD * 0.5, place);
    const a = { ...place };
    flierAt(0, SHARD_PERIOD * 0.5 + 1, place);
    expect(place.y - a.y).toBeCloseTo(0.9, 6);
    expect(Math.hypot(place.x - a.x, place.z - a.z)).toBeCloseTo(5, 6);
    expect(place.beat - a.beat).toBeCloseTo(WING_BEAT, 6);
  });

  it('is heard louder near a flier than far from all of them', () => {
    const out = { level: 0, flying: 0, presence: 0, x: 0, y: 0, z: 0 };
    const t = times(0, SHARD_PERIOD, 0.5).find((s) => wingsAt(s, 0, 1.6, 0, out).flying > 0)!;
    wingsAt(t, 0, 1.6, 0, out);
    const { x, y, z } = out;
    const near = wingsAt(t, x, y - 2, z, { ...out }).presence;
    const far = wingsAt(t, 5000, 0, 5000, { ...out }).presence;
    expect(near).toBeGreaterThan(0.5);
    expect(far).toBeLessThan(0.01);
  });
});
