export type Surface = 'hard' | 'sand' | 'snow' | 'wet';

/** Metres between two steps. */
export const STRIDE = 0.72;

/** How a step sounds on each ground: its hiss or crunch (band, q, level, decay) and its thud. */
export interface StepVoice {
  /** Grains (a crunch: sand giving, snow packing) or a smooth hiss (a heel's scuff, a splash). */
  grains: boolean;
  band: number;
  q: number;
  level: number;
  /** Seconds the hiss or crunch takes to fall by e. */
  decay: number;
  /** The heel's thud: its pitch (Hz) and level. */
  thud: number;
  thudLevel: number;
  caption: string;
}

export const STEP_VOICES: Readonly<Record<Surface, StepVoice>> = {
  hard: { grains: false, band: 2400, q: 1.2, level: 0.35, decay: 0.022, thud: 95, thudLevel: 0.28, caption: 'footsteps on a hard floor' },
  // A splash: bright and short, little thud (the water takes it).
  wet: { grains: false, band: 3400, q: 0.6, level: 0.32, decay: 0.032, thud: 85, thudLevel: 0.12, caption: 'footsteps splashing on wet stone' },
  // Snow packs with a squeaky crunch, muffled.
  snow: { grains: true, band: 1400, q: 0.9, level: 0.26, decay: 0.045, thud: 70, thudLevel: 0.1, caption: 'footsteps crunching in snow' },
  // Sand gives under the foot: a soft, long, low crunch of grains and a dull thud.
  sand: { grains: true, band: 800, q: 0.7, level: 0.3, decay: 0.06, thud: 60, thudLevel: 0.16, caption: 'footsteps sinking into soft sand' },
};

/** How strong each foot lands: the right a little softer than the left, as people walk. */
export function stepAccent(step: number): number {
  return step % 2 === 0 ? 1 : 0.85;
}

/**
 * Fills a buffer with grains: sparse clicks of random strength (a crunch, where white noise is a
 * hiss), `perSecond` of them. Deterministic for a given seed, loops without a seam.
 */
export function fillGrains(data: Float32Array, sampleRate: number, perSecond: number, seed = 11): void {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 0xffffffff;
  data.fill(0);
  const count = Math.round((data.length / sampleRate) * perSecond);
  for (let g = 0; g < count; g += 1) {
    const at = Math.floor(next() * data.length);
    const strength = (next() * 2 - 1) * (0.3 + 0.7 * next() ** 3);
    // Each grain a click a few samples long.
    for (let i = 0; i < 6; i += 1) data[(at + i) % data.length] = data[(at + i) % data.length]! + strength * (1 - i / 6) * (i % 2 ? -1 : 1);
  }
}
