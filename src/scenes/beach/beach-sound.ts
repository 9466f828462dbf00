import { WAVE_PERIOD } from './layout';

/** A loop of white noise, deterministic, its ends faded into each other. */
export function createNoiseBuffer(context: BaseAudioContext, seconds: number, seed: number): AudioBuffer {
  const buffer = context.createBuffer(1, Math.floor(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < data.length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = (state / 0xffffffff) * 2 - 1;
  }
  const fade = Math.min(4096, data.length >> 2);
  for (let i = 0; i < fade; i += 1) {
    const k = data.length - fade + i;
    data[k] = data[k]! * (1 - i / fade) + data[i]! * (i / fade);
  }
  return buffer;
}

/**
 * How loud the surf is at a scene time, 0 to 1: a wave breaks and washes up the sand once per
 * period (in step with the water's level in the sea shader), then draws back, hissing.
 */
export function surfSwell(seconds: number): number {
  const phase = ((seconds / WAVE_PERIOD) % 1 + 1) % 1;
  // Loudest just after the water's highest reach (a quarter period), quiet before the next.
  const crash = Math.exp(-(((phase - 0.3) / 0.12) ** 2));
  const drawBack = 0.45 * Math.exp(-(((phase - 0.55) / 0.18) ** 2));
  return Math.min(1, 0.12 + crash + drawBack);
}

/**
 * A herring gull's cry, synthesized: a few "kee-ow" calls, each a pitched glide up then down,
 * through a resonant band, with a breath of noise. `far` makes it the distant answer.
 */
export function playGullCry(context: AudioContext, destination: AudioNode, at: number, far: boolean, noise: AudioBuffer): void {
  const calls = far ? 2 : 3;
  const loudness = far ? 0.05 : 0.11;
  const pitch = far ? 0.86 : 1;
  const pan = context.createStereoPanner();
  pan.pan.value = far ? 0.7 : -0.5;
  pan.connect(destination);
  for (let i = 0; i < calls; i += 1) {
    const start = at + i * 0.42;
    const length = i === 0 ? 0.42 : 0.3;
    const voice = context.createOscillator();
    voice.type = 'sawtooth';
    voice.frequency.setValueAtTime(1250 * pitch, start);
    voice.frequency.exponentialRampToValueAtTime(2250 * pitch, start + 0.07);
    voice.frequency.exponentialRampToValueAtTime(1050 * pitch, start + length);
    const band = context.createBiquadFilter();
    band.type = 'bandpass';
    band.frequency.value = (far ? 1600 : 2100) * pitch;
    band.Q.value = 2.5;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(loudness, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(loudness * 0.5, start + length * 0.6);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
    const breath = context.createBufferSource();
    breath.buffer = noise;
    const breathGain = context.createGain();
    breathGain.gain.value = 0.25;
    voice.connect(band);
    breath.connect(breathGain).connect(band);
    band.connect(gain).connect(pan);
    voice.start(start);
    voice.stop(start + length + 0.02);
    breath.start(start, Math.random());
    breath.stop(start + length + 0.02);
    voice.onended = () => [voice, breath, breathGain, band, gain].forEach((n) => n.disconnect());
  }
  window.setTimeout(() => pan.disconnect(), (at - context.currentTime + calls * 0.5 + 1) * 1000);
}

/** Which gull call is due: the cries come every `period` seconds after the beach appears. */
export function gullCycle(sincePainted: number, period = 11, first = 2.5): number {
  return sincePainted < first ? -1 : Math.floor((sincePainted - first) / period);
}
