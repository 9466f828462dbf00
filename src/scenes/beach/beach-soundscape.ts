import { Object3D, PositionalAudio, Vector3, type AudioListener } from 'three';
import { registerSoundSource } from '../../audio/sound-sources';
import { GULL_PATHS, pointOn } from './gull-paths';
import { SHORE_Z } from './layout';
import { createNoiseBuffer, gullCall, surfAt, type Surf } from './beach-sound';
import { effectsListenerFor } from '../../audio/mixer';

/** Each layer's loudness at full strength (before the scene's trim). */
const LEVEL = { room: 0.18, roar: 0.33, crash: 0.8, foam: 0.45, drawback: 0.18, wind: 0.075, air: 0.018, gull: 0.22 } as const;

interface Layer {
  source: AudioBufferSourceNode;
  filter: BiquadFilterNode;
  gain: GainNode;
}

interface Gull {
  audio: PositionalAudio;
  voice: OscillatorNode;
  band: BiquadFilterNode;
  envelope: GainNode;
  path: number;
  until: number;
}

/**
 * The beach's sound: the white room's tone, then the sea (a low roar under each wave that builds,
 * breaks with a crash and races up the sand as hissing foam, then draws back), the breeze, and
 * two gulls that cry and answer from where they fly. Nodes are made once; `step` follows the
 * scene's time, and `dispose` ends them.
 */
export class BeachSoundscape {
  readonly group = new Object3D();
  private readonly layers: Record<'room' | 'roar' | 'crash' | 'foam' | 'drawback' | 'wind' | 'air', Layer>;
  private readonly surfAudio: PositionalAudio;
  private readonly gulls: Gull[];
  private readonly surf: Surf = { build: 0, crash: 0, foam: 0, drawback: 0 };
  private readonly unregister: (() => void)[];
  private readonly at = new Vector3();
  private beach = 0;

  constructor(private readonly listener: AudioListener) {
    const c = listener.context;
    const noise = createNoiseBuffer(c, 4, 11);
    const bed = listener.getInput();
    const shore = c.createGain();
    this.surfAudio = new PositionalAudio(listener);
    this.surfAudio.setNodeSource(shore as unknown as AudioBufferSourceNode);
    this.surfAudio.setRefDistance(14);
    this.surfAudio.setRolloffFactor(0.5);
    this.surfAudio.position.set(0, 0, SHORE_Z - 2);
    this.group.add(this.surfAudio);
    const layer = (type: BiquadFilterType, frequency: number, q: number, offset: number, out: AudioNode): Layer => {
      const source = c.createBufferSource();
      source.buffer = noise;
      source.loop = true;
      const filter = c.createBiquadFilter();
      filter.type = type;
      filter.frequency.value = frequency;
      filter.Q.value = q;
      const gain = c.createGain();
      gain.gain.value = 0;
      source.connect(filter).connect(gain).connect(out);
      source.start(c.currentTime, offset);
      return { source, filter, gain };
    };
    this.layers = {
      room: layer('lowpass', 300, 0.7, 0, bed),
      roar: layer('lowpass', 320, 0.5, 1, bed),
      crash: layer('bandpass', 700, 0.5, 2, shore),
      foam: layer('highpass', 2000, 0.6, 3, shore),
      drawback: layer('bandpass', 3800, 0.8, 1.5, shore),
      wind: layer('bandpass', 520, 0.4, 2.5, bed),
      air: layer('highpass', 3500, 0.5, 3.5, bed),
    };
    this.gulls = [0, 1].map(() => {
      const voice = c.createOscillator();
      voice.type = 'sawtooth';
      const band = c.createBiquadFilter();
      band.type = 'bandpass';
      band.frequency.value = 2100;
      band.Q.value = 2.2;
      const envelope = c.createGain();
      envelope.gain.value = 0;
      voice.connect(band).connect(envelope);
      const audio = new PositionalAudio(effectsListenerFor(listener));
      audio.setNodeSource(envelope as unknown as AudioBufferSourceNode);
      audio.setRefDistance(20);
      audio.setRolloffFactor(0.6);
      audio.panner.panningModel = 'equalpower';
      this.group.add(audio);
      voice.start();
      return { audio, voice, band, envelope, path: 0, until: 0 };
    });
    const now = () => c.currentTime;
    const seaward = [0, 0, SHORE_Z - 2] as const;
    this.unregister = [
      registerSoundSource({ name: 'white-room', caption: () => 'the still air of a white room', position: () => null, audible: () => this.beach < 0.5 }),
      registerSoundSource({ name: 'surf', caption: () => 'waves breaking and foam hissing up the sand', position: () => seaward, audible: () => this.beach >= 0.5 }),
      registerSoundSource({ name: 'breeze', caption: () => 'a sea breeze', position: () => null, audible: () => this.beach >= 0.5 }),
      ...this.gulls.map((g, i) =>
        registerSoundSource({
          name: 'gull',
          caption: () => (i === 0 ? 'a seagull crying in the distance' : 'another gull answering'),
          position: () => g.audio.position.toArray(),
          audible: () => g.until > now(),
        }),
      ),
    ];
  }

  /** Follows the scene: `beach` is how far the white has given way (0 to 1). */
  step(seconds: number, beach: number): void {
    this.beach = beach;
    const now = this.listener.context.currentTime;
    const s = surfAt(seconds, this.surf);
    const gust = 0.5 + 0.5 * Math.sin(seconds * 0.37) * Math.sin(seconds * 0.23 + 1);
    const set = (layer: Layer, value: number, tau: number) => layer.gain.gain.setTargetAtTime(value, now, tau);
    set(this.layers.room, LEVEL.room * (1 - beach), 0.1);
    set(this.layers.roar, LEVEL.roar * beach * (0.45 + 0.4 * s.build + 0.5 * s.crash), 0.15);
    this.layers.roar.filter.frequency.setTargetAtTime(260 + 500 * s.build + 900 * s.crash, now, 0.1);
    set(this.layers.crash, LEVEL.crash * beach * s.crash, 0.02);
    set(this.layers.foam, LEVEL.foam * beach * s.foam, 0.05);
    set(this.layers.drawback, LEVEL.drawback * beach * s.drawback, 0.1);
    set(this.layers.wind, LEVEL.wind * beach * (0.4 + 0.8 * gust), 0.3);
    set(this.layers.air, LEVEL.air * beach * gust, 0.3);
    for (const g of this.gulls) if (g.until > now) this.audioAt(g, seconds);
  }

  /**
   * One gull cries from where it flies, and another answers from elsewhere in the sky a moment
   * later. `cycle` picks which two gulls, so the cries come from changing directions.
   */
  cry(cycle: number, seconds: number): void {
    const now = this.listener.context.currentTime;
    this.gulls.forEach((g, i) => {
      g.path = (cycle + i * 3) % GULL_PATHS.length;
      this.audioAt(g, seconds);
      const call = gullCall(i === 1, cycle * 2 + i);
      const at = now + 0.05 + i * 1.7;
      g.until = at + call.duration;
      const f = g.voice.frequency;
      const e = g.envelope.gain;
      f.cancelScheduledValues(at);
      e.cancelScheduledValues(at);
      call.f0.forEach(([t, v], k) => (k ? f.exponentialRampToValueAtTime(v, at + t) : f.setValueAtTime(v, at + t)));
      call.amp.forEach(([t, v], k) => (k ? e.linearRampToValueAtTime(v * LEVEL.gull, at + t) : e.setValueAtTime(v * LEVEL.gull, at + t)));
      g.band.frequency.setValueAtTime(i === 1 ? 1700 : 2100, at);
    });
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    for (const l of Object.values(this.layers)) {
      l.source.stop();
      [l.source, l.filter, l.gain].forEach((n) => n.disconnect());
    }
    for (const g of this.gulls) {
      g.voice.stop();
      g.audio.disconnect();
      [g.voice, g.band, g.envelope].forEach((n) => n.disconnect());
    }
    this.surfAudio.disconnect();
    this.group.clear();
  }

  private audioAt(g: Gull, seconds: number): void {
    pointOn(GULL_PATHS[g.path]!, seconds, this.at);
    g.audio.position.copy(this.at);
  }
}
