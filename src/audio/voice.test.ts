import { describe, expect, it } from 'vitest';
import { BASE_F0, contourAt, formantsFor, glottalHarmonics, utterance, type VoiceKind } from './voice';

const KINDS: VoiceKind[] = ['murmur', 'laugh', 'cry', 'scream', 'delight'];
const values = (points: readonly (readonly [number, number])[]) => points.map((p) => p[1]);

describe('a synthesized voice', () => {
  it('has the formants of its vowel, higher in shorter vocal tracts', () => {
    const [f1, f2, f3] = formantsFor('a', 'man');
    expect(f1!.frequency).toBe(730);
    expect(f2!.frequency).toBe(1090);
    expect(f3!.frequency).toBe(2440);
    expect(formantsFor('a', 'child')[0]!.frequency).toBeGreaterThan(900);
    expect(formantsFor('a', 'woman')[1]!.frequency).toBeGreaterThan(1090);
    // /i/ is front and close: low F1, high F2; /u/ is back: low F2.
    expect(formantsFor('i', 'man')[0]!.frequency).toBeLessThan(300);
    expect(formantsFor('i', 'man')[1]!.frequency).toBeGreaterThan(2 * formantsFor('u', 'man')[1]!.frequency);
    for (const f of formantsFor('e', 'woman')) expect(f.q).toBeGreaterThan(3);
    expect(formantsFor('a', 'woman').map((f) => f.gain)).toEqual([...formantsFor('a', 'woman').map((f) => f.gain)].sort((a, b) => b - a));
  });

  it("pulls the first formant up to a scream's pitch", () => {
    expect(formantsFor('a', 'woman', 1000)[0]!.frequency).toBeCloseTo(1100, 6);
    expect(formantsFor('a', 'woman', 200)[0]!.frequency).toBeCloseTo(730 * 1.17, 6);
  });

  it('has a glottal source rich in harmonics that fall off with frequency', () => {
    const { real, imag } = glottalHarmonics(40);
    const level = (k: number) => Math.hypot(real[k]!, imag[k]!);
    expect(real[0]).toBe(0);
    expect(level(1)).toBeGreaterThan(level(10));
    expect(level(10)).toBeGreaterThan(level(40));
    // Still rich: the tenth harmonic within 40 dB of the first (a sine would have none).
    expect(20 * Math.log10(level(10) / level(1))).toBeGreaterThan(-40);
  });

  it('says the same thing for the same seed, and something else for another', () => {
    expect(utterance('laugh', 4)).toEqual(utterance('laugh', 4));
    expect(utterance('laugh', 4)).not.toEqual(utterance('laugh', 5));
  });

  it("moves its pitch in every kind of utterance, within a voice's range", () => {
    for (const kind of KINDS) {
      for (let seed = 0; seed < 20; seed += 1) {
        const u = utterance(kind, seed);
        const f0 = values(u.f0);
        expect(Math.max(...f0) / Math.min(...f0), `${kind} ${seed}`).toBeGreaterThan(1.08);
        expect(Math.min(...f0)).toBeGreaterThan(80);
        expect(Math.max(...f0)).toBeLessThan(1100);
        expect(u.duration).toBeGreaterThan(0.3);
        expect(u.duration).toBeLessThan(4);
        for (const p of [...u.amp, ...u.breath]) expect(p[1]).toBeGreaterThanOrEqual(0);
        expect(Math.max(...values(u.amp))).toBeLessThanOrEqual(1);
        expect(u.vowels[0]!.at).toBe(0);
      }
    }
  });

  it('laughs in separate pulses: the voice stops between each "ha"', () => {
    const u = utterance('laugh', 1);
    const silences = u.amp.filter((p) => p[1] === 0).length;
    expect(silences).toBeGreaterThanOrEqual(8);
    // Each pulse starts with breath (the h), stronger than the voiced part's breath.
    expect(u.breath[0]![1]).toBeGreaterThan(0.4);
  });

  it('screams high and loud, and cries with a sagging wail and a gasp', () => {
    const s = utterance('scream', 3);
    expect(Math.max(...values(s.f0))).toBeGreaterThan(2.4 * BASE_F0[s.body] * 0.9);
    expect(Math.max(...values(s.amp))).toBe(1);
    const c = utterance('cry', 3);
    const wail = c.f0.slice(0, 11).map((p) => p[1]);
    expect(wail.indexOf(Math.max(...wail))).toBeLessThan(4);
    expect(wail[10]!).toBeLessThan(Math.max(...wail) * 0.8);
    expect(Math.max(...values(c.breath))).toBeGreaterThan(0.6);
  });

  it('reads a contour between and beyond its breakpoints', () => {
    const points = [
      [0, 100],
      [1, 200],
      [2, 150],
    ] as const;
    expect(contourAt(points, -1)).toBe(100);
    expect(contourAt(points, 0.5)).toBe(150);
    expect(contourAt(points, 1.5)).toBe(175);
    expect(contourAt(points, 5)).toBe(150);
  });
});
