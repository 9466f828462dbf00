import { fillBrownNoise } from '../../audio/noise';
import type { Weather } from '../../systems/weather';

/** Per-voice settings: laughter is short bursts, a scream glides up, crying sobs downward. */
const VOICES = [
  { pitch: [190, 300], glide: 1.0, bursts: 6, length: 1.1, formants: [700, 1200] },
  { pitch: [420, 700], glide: 1.5, bursts: 1, length: 1.3, formants: [900, 2300] },
  { pitch: [260, 380], glide: 0.7, bursts: 3, length: 1.8, formants: [500, 1000] },
] as const;

function noiseBuffer(context: BaseAudioContext, seconds: number, brown: boolean): AudioBuffer {
  const buffer = context.createBuffer(1, Math.floor(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  if (brown) fillBrownNoise(data, 13);
  else for (let i = 0; i < data.length; i += 1) data[i] = Math.random() * 2 - 1;
  return buffer;
}

/**
 * The plaza's sound, all synthesised: rain hiss or a snow hush (crossfaded at the weather line),
 * the murmur of the crowd, and now and then a laugh, a scream or a sob somewhere in it.
 */
export class PlazaSound {
  private readonly nodes: AudioNode[] = [];
  private readonly rain: GainNode;
  private readonly snow: GainNode;
  private readonly voices: GainNode;
  private readonly timer: ReturnType<typeof setInterval>;
  private weather: Weather | null = null;

  constructor(private readonly context: AudioContext, output: AudioNode) {
    const white = this.loop(noiseBuffer(context, 3, false));
    const brown = this.loop(noiseBuffer(context, 5, true));
    this.rain = this.chain(white, output, { type: 'highpass', frequency: 1200 }, 0);
    this.snow = this.chain(brown, output, { type: 'lowpass', frequency: 260 }, 0);
    const murmur = this.chain(brown, output, { type: 'bandpass', frequency: 420 }, 0.35);
    const swell = context.createOscillator();
    const depth = context.createGain();
    swell.frequency.value = 0.17;
    depth.gain.value = 0.15;
    swell.connect(depth).connect(murmur.gain);
    swell.start();
    this.voices = context.createGain();
    this.voices.gain.value = 0.09;
    this.voices.connect(output);
    this.nodes.push(swell, depth, this.voices);
    this.timer = setInterval(() => Math.random() < 0.6 && this.voice(), 420);
  }

  /** Crossfades to the weather under the player; cheap to call every frame. */
  setWeather(weather: Weather | null): void {
    if (weather === this.weather) return;
    this.weather = weather;
    const now = this.context.currentTime;
    this.rain.gain.setTargetAtTime(weather === 'rain' ? 0.32 : 0.02, now, 0.12);
    this.snow.gain.setTargetAtTime(weather === 'snow' ? 0.5 : 0.05, now, 0.12);
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const node of this.nodes) {
      if (node instanceof AudioScheduledSourceNode) node.stop();
      node.disconnect();
    }
  }

  private loop(buffer: AudioBuffer): AudioBufferSourceNode {
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.loop = true;
    source.start();
    this.nodes.push(source);
    return source;
  }

  private chain(source: AudioNode, output: AudioNode, filter: { type: BiquadFilterType; frequency: number }, gain: number): GainNode {
    const biquad = this.context.createBiquadFilter();
    biquad.type = filter.type;
    biquad.frequency.value = filter.frequency;
    const level = this.context.createGain();
    level.gain.value = gain;
    source.connect(biquad).connect(level).connect(output);
    this.nodes.push(biquad, level);
    return level;
  }

  /** One voice in the crowd: a buzzing glottal tone through two formant filters, enveloped. */
  private voice(): void {
    const c = this.context;
    const v = VOICES[Math.floor(Math.random() * VOICES.length)]!;
    const start = c.currentTime + Math.random() * 0.3;
    const f0 = v.pitch[0] + Math.random() * (v.pitch[1] - v.pitch[0]);
    const tone = c.createOscillator();
    tone.type = 'sawtooth';
    tone.frequency.setValueAtTime(f0, start);
    tone.frequency.exponentialRampToValueAtTime(f0 * v.glide, start + v.length);
    const envelope = c.createGain();
    envelope.gain.setValueAtTime(0, start);
    const step = v.length / v.bursts;
    for (let b = 0; b < v.bursts; b += 1) {
      envelope.gain.linearRampToValueAtTime(0.5 + Math.random() * 0.5, start + b * step + step * 0.25);
      envelope.gain.linearRampToValueAtTime(0.02, start + (b + 1) * step);
    }
    const pan = c.createStereoPanner();
    pan.pan.value = Math.random() * 2 - 1;
    for (const formant of v.formants) {
      const band = c.createBiquadFilter();
      band.type = 'bandpass';
      band.frequency.value = formant * (0.9 + Math.random() * 0.2);
      band.Q.value = 6;
      tone.connect(band).connect(envelope);
    }
    envelope.connect(pan).connect(this.voices);
    tone.onended = () => (tone.disconnect(), envelope.disconnect(), pan.disconnect());
    tone.start(start);
    tone.stop(start + v.length + 0.05);
  }
}
