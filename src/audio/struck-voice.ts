import { PositionalAudio, type AudioListener } from 'three';
import { noiseBuffer } from './noise';
import { effectsListenerFor } from './mixer';

/** The filter a struck voice sounds through: a click, a footfall, a clank, a chirp. */
export interface StruckTone {
  /** 'noise' for ticks, steps and cracks; an oscillator's shape for tones (a chirp, a ring); or a buffer to loop. */
  source: 'noise' | OscillatorType | AudioBuffer;
  filter: BiquadFilterType;
  frequency: number;
  q?: number;
  /** Metres within which it is heard at full strength; it falls off beyond (inverse distance). */
  refDistance?: number;
  rolloff?: number;
}

/**
 * The envelope a strike schedules, as a pure function: `level` at the strike, falling by e every
 * `decay` seconds (what `setTargetAtTime(0, at, decay)` does). Zero before the strike.
 */
export function strikeEnvelope(sinceStrike: number, level: number, decay: number): number {
  return sinceStrike < 0 ? 0 : level * Math.exp(-sinceStrike / decay);
}

/**
 * A sound that is struck rather than held: one source running for the voice's life (a noise
 * loop or an oscillator) through a filter into a gain that rests at zero, in a PositionalAudio.
 * Each strike only schedules that gain's envelope (and the pitch, for tones), so striking makes
 * no new nodes. Add `audio` to the scene where the sound comes from; dispose() when done.
 */
export class StruckVoice {
  readonly audio: PositionalAudio;
  private readonly source: AudioScheduledSourceNode;
  private readonly filter: BiquadFilterNode;
  private readonly gain: GainNode;
  /** Context time the last strike began, and how strong it was, for the sound seam. */
  lastAt = -Infinity;
  lastLevel = 0;

  constructor(listener: AudioListener, tone: StruckTone) {
    const c = listener.context;
    if (tone.source === 'noise' || tone.source instanceof AudioBuffer) {
      const noise = c.createBufferSource();
      noise.buffer = tone.source === 'noise' ? noiseBuffer(c) : tone.source;
      noise.loop = true;
      this.source = noise;
    } else {
      const oscillator = c.createOscillator();
      oscillator.type = tone.source;
      oscillator.frequency.value = tone.frequency;
      this.source = oscillator;
    }
    this.filter = c.createBiquadFilter();
    this.filter.type = tone.filter;
    this.filter.frequency.value = tone.frequency;
    this.filter.Q.value = tone.q ?? 1;
    this.gain = c.createGain();
    this.gain.gain.value = 0;
    this.source.connect(this.filter).connect(this.gain);
    // A struck sound is an effect: the Effects volume governs it.
    this.audio = new PositionalAudio(effectsListenerFor(listener));
    this.audio.setNodeSource(this.gain as unknown as AudioBufferSourceNode);
    this.audio.setRefDistance(tone.refDistance ?? 1);
    this.audio.setRolloffFactor(tone.rolloff ?? 1);
    this.audio.panner.panningModel = 'equalpower';
    this.source.start();
  }

  /**
   * Strikes at context time `at`: `level` falling by e every `decay` seconds. `pitch`, for a
   * tone, glides from `pitch[0]` to `pitch[1]` Hz over `pitch[2]` seconds (a chirp).
   */
  strike(at: number, level: number, decay: number, pitch?: readonly [number, number, number]): void {
    const g = this.gain.gain;
    g.cancelScheduledValues(at);
    g.setValueAtTime(level, at);
    g.setTargetAtTime(0, at, decay);
    if (pitch && this.source instanceof OscillatorNode) {
      const f = this.source.frequency;
      f.cancelScheduledValues(at);
      f.setValueAtTime(pitch[0], at);
      f.exponentialRampToValueAtTime(pitch[1], at + pitch[2]);
    }
    this.lastAt = at;
    this.lastLevel = level;
  }

  /** Retunes the filter from context time `at` (one voice serving several grounds underfoot). */
  tune(at: number, frequency: number, q: number): void {
    this.filter.frequency.setValueAtTime(frequency, at);
    this.filter.Q.setValueAtTime(q, at);
  }

  /** Holds a hiss or a tone from `at` for `seconds`, fading out (a lamp's dying fizz). */
  hold(at: number, level: number, seconds: number): void {
    const g = this.gain.gain;
    g.cancelScheduledValues(at);
    g.setValueAtTime(level, at);
    g.linearRampToValueAtTime(level * 0.3, at + seconds);
    g.setTargetAtTime(0, at + seconds, 0.02);
    this.lastAt = at;
    this.lastLevel = level;
  }

  /** Whether a strike is still ringing at context time `now` (for the seam: heard within `tail` s). */
  ringing(now: number, tail = 0.3): boolean {
    return now >= this.lastAt && now - this.lastAt < tail;
  }

  dispose(): void {
    this.source.stop();
    this.audio.disconnect();
    this.audio.removeFromParent();
    this.source.disconnect();
    this.filter.disconnect();
    this.gain.disconnect();
  }
}
