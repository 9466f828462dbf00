/**
 * Fills a buffer with brown noise (integrated white noise): a soft, low rumble that loops
 * without a seam when the buffer is long enough. Deterministic for a given seed.
 */
export function fillBrownNoise(data: Float32Array, seed = 1): void {
  let state = seed >>> 0 || 1;
  let last = 0;
  for (let i = 0; i < data.length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const white = (state / 0xffffffff) * 2 - 1;
    last = (last + 0.02 * white) / 1.02;
    data[i] = last * 3.5;
  }
  // Fade the ends into each other so the loop does not click.
  const fade = Math.min(2048, data.length >> 2);
  for (let i = 0; i < fade; i += 1) {
    const t = i / fade;
    const head = data[i] ?? 0;
    const tailIndex = data.length - fade + i;
    data[tailIndex] = (data[tailIndex] ?? 0) * (1 - t) + head * t;
  }
}

const whiteBuffers = new WeakMap<BaseAudioContext, AudioBuffer>();

/** Fills a buffer with white noise, deterministic for a given seed. */
export function fillWhiteNoise(data: Float32Array, seed = 1): void {
  let state = seed >>> 0 || 1;
  for (let i = 0; i < data.length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = (state / 0xffffffff) * 2 - 1;
  }
}

/** A noise buffer of `seconds`, white or brown. With no arguments: one white loop per context, shared. */
export function noiseBuffer(context: BaseAudioContext, seconds = 2, brown = false, seed = 3): AudioBuffer {
  const shared = seconds === 2 && !brown && seed === 3;
  const cached = shared ? whiteBuffers.get(context) : undefined;
  if (cached) return cached;
  const buffer = context.createBuffer(1, Math.floor(context.sampleRate * seconds), context.sampleRate);
  if (brown) fillBrownNoise(buffer.getChannelData(0), seed);
  else fillWhiteNoise(buffer.getChannelData(0), seed);
  if (shared) whiteBuffers.set(context, buffer);
  return buffer;
}
