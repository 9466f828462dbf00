import { Object3D, PositionalAudio, type AudioListener } from 'three';
import { contourAt, formantsFor, glottalHarmonics, type Utterance } from './voice';

/** Seconds a vowel's formants take to glide to the next. */
const GLIDE = 0.035;

interface PoolVoice {
  audio: PositionalAudio;
  source: OscillatorNode;
  breath: AudioBufferSourceNode;
  breathGain: GainNode;
  formants: { filter: BiquadFilterNode; gain: GainNode }[];
  amp: GainNode;
  /** The pool's loudness, after the filters. */
  level: GainNode;
  /** Air and bodies in the way: a low-pass that closes with distance. */
  air: BiquadFilterNode;
  /** Context time the current utterance ends; what it is. */
  until: number;
  kind: string;
}

/**
 * A few voices, made once and re-triggered: each a glottal oscillator and a breath of noise
 * through three formant band-passes, enveloped, in a PositionalAudio placed where it speaks.
 * Add `group` to the scene so the voices follow the world; dispose() when the scene goes.
 */
export class VoicePool {
  readonly group = new Object3D();
  private readonly voices: PoolVoice[] = [];

  constructor(listener: AudioListener, size: number, breathNoise: AudioBuffer, loudness = 1) {
    const c = listener.context;
    const { real, imag } = glottalHarmonics(60);
    const wave = c.createPeriodicWave(real, imag);
    for (let i = 0; i < size; i += 1) {
      const source = c.createOscillator();
      source.setPeriodicWave(wave);
      const breath = c.createBufferSource();
      breath.buffer = breathNoise;
      breath.loop = true;
      const breathGain = c.createGain();
      breathGain.gain.value = 0;
      const voiced = c.createGain();
      voiced.gain.value = 0;
      const level = c.createGain();
      level.gain.value = loudness;
      const air = c.createBiquadFilter();
      air.type = 'lowpass';
      air.frequency.value = 6000;
      source.connect(voiced);
      breath.connect(breathGain);
      const formants = [0, 1, 2].map(() => {
        const filter = c.createBiquadFilter();
        filter.type = 'bandpass';
        const gain = c.createGain();
        voiced.connect(filter);
        breathGain.connect(filter);
        filter.connect(gain).connect(air);
        return { filter, gain };
      });
      air.connect(level);
      const audio = new PositionalAudio(listener);
      audio.setNodeSource(level as unknown as AudioBufferSourceNode);
      audio.setRefDistance(6);
      audio.setRolloffFactor(0.8);
      audio.panner.panningModel = 'equalpower';
      this.group.add(audio);
      source.start();
      breath.start(0, (i * 0.37) % Math.max(0.01, breathNoise.duration));
      // `voiced` gates the oscillator: its envelope is the utterance's amplitude.
      this.voices.push({ audio, source, breath, breathGain, formants, amp: voiced, level, air, until: 0, kind: '' });
    }
  }

  /** What voice `index` says or last said, where, and until when (context time), for the sound seam. */
  voice(index: number): { kind: string; position: Object3D['position']; until: number } {
    const v = this.voices[index]!;
    return { kind: v.kind, position: v.audio.position, until: v.until };
  }

  get size(): number {
    return this.voices.length;
  }

  /**
   * Speaks an utterance on voice `index` from context time `at`, at a place in the world, heard
   * through `distance` metres of air and crowd (the far ones dull). Cuts off what it was saying.
   */
  say(index: number, u: Utterance, at: number, position: readonly [number, number, number], distance: number): void {
    const v = this.voices[index % this.voices.length]!;
    v.audio.position.set(position[0], position[1], position[2]);
    v.until = at + u.duration;
    v.kind = u.kind;
    v.air.frequency.setValueAtTime(Math.max(900, 7000 / (1 + distance / 25)), at);
    schedule(v.source.frequency, u.f0, at, 1);
    schedule(v.amp.gain, u.amp, at, 1);
    schedule(v.breathGain.gain, u.breath, at, 0.35);
    // Silent once it is said, whatever the contours held at their ends.
    v.amp.gain.linearRampToValueAtTime(0, at + u.duration + 0.04);
    v.breathGain.gain.linearRampToValueAtTime(0, at + u.duration + 0.04);
    for (const { at: t, vowel } of u.vowels) {
      const formants = formantsFor(vowel, u.body, contourAt(u.f0, t));
      formants.forEach((f, i) => {
        const slot = v.formants[i]!;
        slot.filter.frequency.setTargetAtTime(f.frequency, at + t, t === 0 ? 0.001 : GLIDE);
        slot.filter.Q.setValueAtTime(f.q, at + t);
        // A narrow band passes little energy: give it back so every vowel is about as loud.
        slot.gain.gain.setValueAtTime(f.gain * Math.sqrt(f.q) * 0.6, at + t);
      });
    }
  }

  dispose(): void {
    for (const v of this.voices) {
      v.source.stop();
      v.breath.stop();
      v.audio.disconnect();
      for (const n of [v.source, v.breath, v.breathGain, v.amp, v.level, v.air, ...v.formants.flatMap((f) => [f.filter, f.gain])]) n.disconnect();
      v.audio.removeFromParent();
    }
    this.voices.length = 0;
  }
}

/** Writes a contour onto an AudioParam from `at`, replacing whatever was scheduled there. */
function schedule(param: AudioParam, points: readonly (readonly [number, number])[], at: number, scale: number): void {
  param.cancelScheduledValues(at);
  param.setValueAtTime(param.value, at);
  points.forEach(([t, value], i) => {
    if (i === 0) param.setValueAtTime(value * scale, at + t);
    else param.linearRampToValueAtTime(value * scale, at + t);
  });
}
