/**
 * Drops landing on stone, puddles and cloth: short decaying plinks at random pitches, written
 * once into a loop. Pure over its array, so the same seed drips the same way.
 */
export function fillDrips(data: Float32Array, sampleRate: number, perSecond: number, seed: number): void {
  let state = seed >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 0xffffffff;
  const count = Math.round((data.length / sampleRate) * perSecond);
  for (let d = 0; d < count; d += 1) {
    const start = Math.floor(next() * data.length);
    const pitch = 1400 + next() * 2600;
    const loud = 0.2 + 0.8 * next() ** 2;
    const length = Math.floor(sampleRate * 0.03);
    for (let i = 0; i < length; i += 1) {
      const t = i / sampleRate;
      const k = (start + i) % data.length;
      // A plink glides up as the drop's bubble shrinks.
      data[k] = data[k]! + loud * Math.exp(-t * 160) * Math.sin(2 * Math.PI * pitch * t * (1 + 12 * t));
    }
  }
}

/** The plaza's noise, made once and shared by its parts: white, brown, and the drips. */
export interface PlazaNoise {
  white: AudioBuffer;
  brown: AudioBuffer;
  drips: AudioBuffer;
}
