/**
 * A voice, synthesized: a glottal pulse (Rosenberg's model, radiated) through three parallel
 * formant band-passes, with pitch, loudness, breath and vowel contours per utterance. Everything
 * here is pure numbers; `voice-pool.ts` plays them through Web Audio.
 */

export type Vowel = 'a' | 'e' | 'i' | 'o' | 'u';
export type Body = 'man' | 'woman' | 'child';
export type VoiceKind = 'murmur' | 'laugh' | 'cry' | 'scream' | 'delight';

/** A breakpoint of a contour: [seconds from the utterance's start, value]. */
export type Point = readonly [number, number];

export interface Formant {
  frequency: number;
  /** The band-pass's Q: centre frequency over bandwidth. */
  q: number;
  gain: number;
}

export interface Utterance {
  kind: VoiceKind;
  body: Body;
  duration: number;
  /** Fundamental frequency, Hz. */
  f0: Point[];
  /** Voiced loudness, 0 to 1. */
  amp: Point[];
  /** Breath noise through the same formants, 0 to 1 (the h of a laugh, the gasp of a sob). */
  breath: Point[];
  vowels: { at: number; vowel: Vowel }[];
}

/** Peterson and Barney's adult male averages (F1, F2, F3, Hz). */
const VOWELS: Record<Vowel, readonly [number, number, number]> = {
  a: [730, 1090, 2440],
  e: [530, 1840, 2480],
  i: [270, 2290, 3010],
  o: [570, 840, 2410],
  u: [300, 870, 2240],
};
/** Shorter vocal tracts, higher formants. */
const TRACT: Record<Body, number> = { man: 1, woman: 1.17, child: 1.32 };
/** Speaking pitch, Hz. */
export const BASE_F0: Record<Body, number> = { man: 115, woman: 210, child: 290 };
const BANDWIDTH = [90, 120, 170] as const;
const FORMANT_GAIN = [1, 0.7, 0.45] as const;

/**
 * The formants of a vowel for a body. A voice pitched above its first formant (a scream) pulls
 * that formant up to the pitch, as singers and screamers do, so the fundamental still sounds.
 */
export function formantsFor(vowel: Vowel, body: Body, f0 = 0): Formant[] {
  return VOWELS[vowel].map((f, i) => {
    let frequency = f * TRACT[body];
    if (i === 0) frequency = Math.max(frequency, f0 * 1.1);
    const bandwidth = BANDWIDTH[i]! * TRACT[body] * (i === 0 ? Math.max(1, frequency / 900) : 1);
    return { frequency, q: frequency / bandwidth, gain: FORMANT_GAIN[i]! };
  });
}

/**
 * One period of the radiated Rosenberg glottal pulse (the derivative of its flow), as Fourier
 * coefficients for a PeriodicWave: `real[k]`, `imag[k]` for harmonics 0..count. `open` is the
 * opening share of the period, `closing` the closing share (the rest is closed).
 */
export function glottalHarmonics(count: number, open = 0.45, closing = 0.2, samples = 1024): { real: Float32Array; imag: Float32Array } {
  const flow = new Float64Array(samples);
  for (let n = 0; n < samples; n += 1) {
    const t = n / samples;
    if (t <= open) flow[n] = 0.5 * (1 - Math.cos((Math.PI * t) / open));
    else if (t <= open + closing) flow[n] = Math.cos((Math.PI * (t - open)) / (2 * closing));
  }
  const real = new Float32Array(count + 1);
  const imag = new Float32Array(count + 1);
  for (let k = 1; k <= count; k += 1) {
    let a = 0;
    let b = 0;
    for (let n = 0; n < samples; n += 1) {
      const d = flow[(n + 1) % samples]! - flow[n]!;
      const w = (2 * Math.PI * k * n) / samples;
      a += d * Math.cos(w);
      b += d * Math.sin(w);
    }
    // Only the harmonics' relative sizes matter: the PeriodicWave normalizes the whole.
    real[k] = a;
    imag[k] = b;
  }
  return { real, imag };
}

/** A small seeded generator (mulberry32): one seed, one utterance. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES: Record<VoiceKind, readonly Body[]> = {
  murmur: ['man', 'woman', 'man'],
  laugh: ['man', 'woman', 'woman', 'child'],
  cry: ['woman', 'child', 'man'],
  scream: ['woman', 'woman', 'child'],
  delight: ['child'],
};

/** An utterance of a kind, from a seed: the same seed says the same thing. */
export function utterance(kind: VoiceKind, seed: number): Utterance {
  const r = random(seed * 7919 + 13);
  const bodies = BODIES[kind];
  const body = bodies[Math.floor(r() * bodies.length)]!;
  const base = BASE_F0[body] * (0.9 + 0.2 * r());
  const u: Utterance = { kind, body, duration: 0, f0: [], amp: [], breath: [], vowels: [] };
  if (kind === 'laugh') laugh(u, base, r);
  else if (kind === 'cry') cry(u, base, r);
  else if (kind === 'scream') scream(u, base, r);
  else if (kind === 'delight') delight(u, base, r);
  else murmur(u, base, r);
  return u;
}

/** "Ha-ha-ha": voiced pulses on an /a/, each with a breathy onset, falling in pitch and force. */
function laugh(u: Utterance, base: number, r: () => number): void {
  const pulses = 4 + Math.floor(r() * 4);
  const period = 0.17 + 0.06 * r();
  const high = base * (1.35 + 0.3 * r());
  u.vowels.push({ at: 0, vowel: r() < 0.7 ? 'a' : 'e' });
  for (let i = 0; i < pulses; i += 1) {
    const t = i * period;
    const on = period * 0.6;
    const pitch = high * (1 - 0.05 * i);
    const force = 0.9 * (1 - 0.07 * i);
    u.f0.push([t, pitch * 1.06], [t + on, pitch * 0.92]);
    u.amp.push([t, 0], [t + 0.025, force], [t + on * 0.7, force * 0.7], [t + on, 0]);
    u.breath.push([t, 0.55], [t + 0.04, 0.08], [t + on, 0.02]);
  }
  u.duration = pulses * period;
}

/** Sobs: a wail that leaps up then sags, shaking, from /a/ to /u/; a gasp of breath between. */
function cry(u: Utterance, base: number, r: () => number): void {
  const sobs = 2 + Math.floor(r() * 2);
  let t = 0;
  for (let s = 0; s < sobs; s += 1) {
    const length = 0.7 + 0.4 * r();
    const peak = base * (1.6 + 0.3 * r());
    u.vowels.push({ at: t, vowel: 'a' }, { at: t + length * 0.6, vowel: r() < 0.5 ? 'u' : 'o' });
    for (let k = 0; k <= 10; k += 1) {
      const x = k / 10;
      const sag = x < 0.15 ? base * 1.2 + (peak - base * 1.2) * (x / 0.15) : peak - (peak - base * 1.05) * ((x - 0.15) / 0.85);
      const shake = 1 + (k % 2 ? 0.035 : -0.035);
      u.f0.push([t + x * length, sag * shake]);
    }
    u.amp.push([t, 0], [t + 0.08, 0.8], [t + length * 0.7, 0.6], [t + length, 0]);
    u.breath.push([t, 0.3], [t + length, 0.25]);
    // The gasp: breath alone, drawn in.
    const gasp = 0.22 + 0.1 * r();
    u.breath.push([t + length + 0.03, 0.7], [t + length + gasp, 0]);
    t += length + gasp;
  }
  u.duration = t;
}

/** A scream: high, loud, rising then holding and cracking down at the end. */
function scream(u: Utterance, base: number, r: () => number): void {
  const length = 0.9 + 0.6 * r();
  const top = base * (2.6 + 0.5 * r());
  u.vowels.push({ at: 0, vowel: 'a' });
  u.f0.push([0, top * 0.8], [0.18, top], [length * 0.5, top * 1.04], [length * 0.8, top * 0.97], [length, top * 0.75]);
  u.amp.push([0, 0], [0.06, 1], [length * 0.8, 0.9], [length, 0]);
  u.breath.push([0, 0.25], [length, 0.2]);
  u.duration = length;
}

/** A child's delight, flying: "wheee!" gliding up and down on an /i/, then a laugh's "ha!". */
function delight(u: Utterance, base: number, r: () => number): void {
  const length = 0.8 + 0.5 * r();
  u.vowels.push({ at: 0, vowel: 'i' }, { at: length + 0.08, vowel: 'a' });
  u.f0.push([0, base * 1.3], [length * 0.45, base * 2.1], [length, base * 1.4], [length + 0.08, base * 1.7], [length + 0.28, base * 1.45]);
  u.amp.push([0, 0], [0.1, 0.85], [length * 0.8, 0.7], [length, 0], [length + 0.08, 0], [length + 0.11, 0.8], [length + 0.28, 0]);
  u.breath.push([0, 0.3], [0.12, 0.05], [length + 0.08, 0.5], [length + 0.12, 0.05]);
  u.duration = length + 0.3;
}

const SPEECH_VOWELS: readonly Vowel[] = ['a', 'e', 'i', 'o', 'u', 'a', 'e'];

/** Talk, too far to make out: syllables at a speaking rate, pitch drifting down across a phrase. */
function murmur(u: Utterance, base: number, r: () => number): void {
  const syllables = 5 + Math.floor(r() * 6);
  let t = 0;
  for (let s = 0; s < syllables; s += 1) {
    const length = 0.15 + 0.1 * r();
    const pitch = base * (1.05 + 0.2 * r()) * (1 - (0.15 * s) / syllables);
    u.vowels.push({ at: t, vowel: SPEECH_VOWELS[Math.floor(r() * SPEECH_VOWELS.length)]! });
    u.f0.push([t, pitch * 0.95], [t + length * 0.4, pitch * 1.04], [t + length, pitch * 0.93]);
    u.amp.push([t, 0.05], [t + 0.04, 0.5], [t + length - 0.04, 0.4], [t + length, 0.05]);
    t += length + (r() < 0.15 ? 0.15 : 0);
  }
  u.amp.push([t, 0]);
  u.breath.push([0, 0.06], [t, 0.06]);
  u.duration = t;
}

/** A contour's value at time t: linear between breakpoints, held beyond the ends. */
export function contourAt(points: readonly Point[], t: number): number {
  if (!points.length) return 0;
  if (t <= points[0]![0]) return points[0]![1];
  for (let i = 1; i < points.length; i += 1) {
    const [t1, v1] = points[i]!;
    if (t <= t1) {
      const [t0, v0] = points[i - 1]!;
      return t1 > t0 ? v0 + ((v1 - v0) * (t - t0)) / (t1 - t0) : v1;
    }
  }
  return points[points.length - 1]![1];
}
