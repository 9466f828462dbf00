import { Object3D, PositionalAudio, type AudioListener } from 'three';
import { fillBrownNoise } from '../../audio/noise';
import { registerSoundSource } from '../../audio/sound-sources';
import { utterance, type VoiceKind } from '../../audio/voice';
import { VoicePool } from '../../audio/voice-pool';
import type { Weather } from '../../systems/weather';
import { CROWD } from './config';
import { collapseSound, type CollapseSound } from './collapse-sound';
import { CALL_SECONDS, VOICE_POOL, crowdCallAt, slotAt } from './crowd-voices';
import { layOutCity } from './layout';

/** What a caption would say of each kind of voice in the crowd. */
const CAPTIONS: Record<VoiceKind, string> = {
  murmur: 'people murmuring in the crowd',
  laugh: 'someone in the crowd laughing',
  cry: 'someone in the crowd crying',
  scream: 'someone in the crowd screaming',
  delight: 'a flying child shrieking with delight',
};

/** The city breaking, at full strength: the nearest block's roar, its crack, glass, the far roar. */
const COLLAPSE = { rumble: 0.55, debris: 0.15, crack: 0.5, glass: 0.08, distant: 0.06 } as const;

/** Bed levels on each side of the weather line: [rain side, snow side]. */
const BEDS = { rain: [0.09, 0.004], drips: [0.3, 0], snow: [0.03, 0.18] } as const;

function noiseBuffer(context: BaseAudioContext, seconds: number, brown: boolean, seed: number): AudioBuffer {
  const buffer = context.createBuffer(1, Math.floor(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  if (brown) fillBrownNoise(data, seed);
  else {
    let state = seed;
    for (let i = 0; i < data.length; i += 1) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      data[i] = (state / 0xffffffff) * 2 - 1;
    }
  }
  return buffer;
}

/**
 * Drops landing on stone, puddles and cloth: short decaying plinks at random pitches, written
 * once into a loop. Pure over its array, so the same seed drips the same way.
 */
export function fillDrips(data: Float32Array, sampleRate: number, perSecond: number, seed: number): void {
  let state = seed >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 0xffffffff);
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

/**
 * The plaza's sound, all synthesised: the rain's hiss and drips or the snow's hush (crossfaded
 * at the weather line), the crowd's far murmur, and its voices: a pool of synthesized voices
 * crying, screaming, laughing, murmuring and delighting, each from its place in the crowd.
 */
export class PlazaSound {
  private readonly nodes: AudioNode[] = [];
  private readonly beds: Record<keyof typeof BEDS, GainNode>;
  private readonly voices: VoicePool;
  private readonly city = layOutCity();
  private readonly collapse: CollapseSound = { rumble: 0, distant: 0, crack: 0, glass: 0, x: 0, z: 0 };
  private readonly collapseAudio: PositionalAudio;
  private readonly collapseGains: Record<keyof typeof COLLAPSE, GainNode>;
  private readonly root = new Object3D();
  private readonly unregister: (() => void)[] = [];
  private weather: Weather | null = null;
  private nextSlot = -1;
  private lastSeconds = 0;

  constructor(private readonly listener: AudioListener) {
    const context = listener.context;
    const output = listener.getInput();
    const white = this.loop(noiseBuffer(context, 3, false, 5));
    const brown = this.loop(noiseBuffer(context, 5, true, 13));
    const dripBuffer = context.createBuffer(1, context.sampleRate * 4, context.sampleRate);
    fillDrips(dripBuffer.getChannelData(0), context.sampleRate, 22, 9);
    const drips = this.loop(dripBuffer);
    this.beds = {
      rain: this.chain(white, output, { type: 'highpass', frequency: 900 }, 0),
      drips: this.chain(drips, output, { type: 'highpass', frequency: 700 }, 0),
      snow: this.chain(brown, output, { type: 'lowpass', frequency: 240 }, 0),
    };
    const murmur = this.chain(brown, output, { type: 'bandpass', frequency: 420 }, 0.16);
    const swell = context.createOscillator();
    const depth = context.createGain();
    swell.frequency.value = 0.17;
    depth.gain.value = 0.06;
    swell.connect(depth).connect(murmur.gain);
    swell.start();
    this.nodes.push(swell, depth);
    this.voices = new VoicePool(listener, VOICE_POOL, white.buffer!, 2.2);
    const fall = context.createGain();
    this.collapseAudio = new PositionalAudio(listener);
    this.collapseAudio.setNodeSource(fall as unknown as AudioBufferSourceNode);
    // Distance is already in the loudness (collapseSound): the panner only places it.
    this.collapseAudio.setRolloffFactor(0);
    this.collapseAudio.panner.panningModel = 'equalpower';
    this.root.add(this.voices.group, this.collapseAudio);
    const glassBuffer = context.createBufferSource();
    glassBuffer.buffer = dripBuffer;
    glassBuffer.loop = true;
    glassBuffer.playbackRate.value = 2.2;
    glassBuffer.start();
    this.nodes.push(glassBuffer, fall);
    this.collapseGains = {
      rumble: this.chain(brown, fall, { type: 'lowpass', frequency: 140 }, 0),
      debris: this.chain(white, fall, { type: 'bandpass', frequency: 380 }, 0),
      crack: this.chain(white, fall, { type: 'bandpass', frequency: 1800 }, 0),
      glass: this.chain(glassBuffer, fall, { type: 'highpass', frequency: 3000 }, 0),
      distant: this.chain(brown, output, { type: 'lowpass', frequency: 90 }, 0),
    };
    const now = () => context.currentTime;
    this.unregister.push(
      registerSoundSource({ name: 'rain', caption: () => 'rain hissing and dripping', position: () => null, audible: () => this.weather === 'rain' }),
      registerSoundSource({ name: 'snow', caption: () => 'the muffled hush of snow', position: () => null, audible: () => this.weather === 'snow' }),
      registerSoundSource({ name: 'collapse', caption: () => 'a building collapsing with a roar', position: () => [this.collapse.x, 10, this.collapse.z], audible: () => this.collapse.rumble > 0.6, level: () => this.collapse.rumble }),
      registerSoundSource({ name: 'glass', caption: () => 'windows shattering', position: () => [this.collapse.x, 10, this.collapse.z], audible: () => this.collapse.glass > 0.15, level: () => this.collapse.glass }),
      registerSoundSource({ name: 'city-roar', caption: () => 'the far rumble of the city falling', position: () => null, audible: () => this.collapse.distant > 0.05, level: () => this.collapse.distant }),
      registerSoundSource({ name: 'crowd-murmur', caption: () => 'a huge crowd murmuring', position: () => [0, 1.6, CROWD.nearZ + 30], audible: () => true }),
      ...Array.from({ length: VOICE_POOL }, (_, i) =>
        registerSoundSource({
          name: 'crowd-voice',
          caption: () => CAPTIONS[(this.voices.voice(i).kind || 'murmur') as VoiceKind],
          position: () => this.voices.voice(i).position.toArray(),
          audible: () => this.voices.voice(i).until > now(),
        }),
      ),
    );
  }

  /** The voices' and the collapses' objects: add to the scene so they are heard from where they are. */
  get group(): Object3D {
    return this.root;
  }

  /** Crossfades to the weather under the player; cheap to call every frame. */
  setWeather(weather: Weather | null): void {
    if (weather === this.weather) return;
    this.weather = weather;
    const now = this.listener.context.currentTime;
    const side = weather === 'snow' ? 1 : 0;
    for (const key of Object.keys(BEDS) as (keyof typeof BEDS)[]) this.beds[key].gain.setTargetAtTime(BEDS[key][side], now, 0.12);
  }

  /**
   * Follows the scene's time: the city breaks where and when the shaders show it, heard from
   * (x, z); the crowd's voices speak up as the time passes their calls.
   */
  step(seconds: number, x: number, z: number): void {
    const c = collapseSound(this.city, seconds, x, z, this.collapse);
    const now = this.listener.context.currentTime;
    this.collapseAudio.position.set(c.x, 10, c.z);
    const g = this.collapseGains;
    // Only a near, big fall roars: the many far ones are the distant roar's business.
    const roar = Math.max(0, (c.rumble - 0.3) / 0.7);
    g.rumble.gain.setTargetAtTime(COLLAPSE.rumble * roar, now, 0.08);
    g.debris.gain.setTargetAtTime(COLLAPSE.debris * roar, now, 0.05);
    g.crack.gain.setTargetAtTime(COLLAPSE.crack * c.crack, now, 0.01);
    g.glass.gain.setTargetAtTime(COLLAPSE.glass * c.glass, now, 0.05);
    g.distant.gain.setTargetAtTime(COLLAPSE.distant * c.distant, now, 0.3);
    this.speak(seconds);
  }

  /** Lets the crowd's voices speak up as the scene's time passes their calls. */
  private speak(seconds: number): void {
    if (this.nextSlot < 0 || seconds < this.lastSeconds || seconds - this.lastSeconds > 2) this.nextSlot = slotAt(seconds);
    this.lastSeconds = seconds;
    const now = this.listener.context.currentTime;
    // Calls are taken a little ahead, so they start exactly on their scene time.
    while (this.nextSlot * CALL_SECONDS <= seconds + 0.1) {
      const call = crowdCallAt(this.nextSlot);
      this.nextSlot += 1;
      if (!call) continue;
      const at = now + Math.max(0, call.at - seconds);
      const distance = Math.hypot(call.position[0], call.position[2]);
      this.voices.say(call.voice, utterance(call.kind, call.seed), at, call.position, distance);
    }
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    this.voices.dispose();
    this.collapseAudio.disconnect();
    this.root.clear();
    for (const node of this.nodes) {
      if (node instanceof AudioScheduledSourceNode) node.stop();
      node.disconnect();
    }
  }

  private loop(buffer: AudioBuffer): AudioBufferSourceNode {
    const source = this.listener.context.createBufferSource();
    source.buffer = buffer;
    source.loop = true;
    source.start();
    this.nodes.push(source);
    return source;
  }

  private chain(source: AudioNode, output: AudioNode, filter: { type: BiquadFilterType; frequency: number }, gain: number): GainNode {
    const context = this.listener.context;
    const biquad = context.createBiquadFilter();
    biquad.type = filter.type;
    biquad.frequency.value = filter.frequency;
    const level = context.createGain();
    level.gain.value = gain;
    source.connect(biquad).connect(level).connect(output);
    this.nodes.push(biquad, level);
    return level;
  }
}
