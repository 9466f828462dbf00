import { AudioListener } from 'three';
import { MixRecorder } from './mix-recorder';
import { DUCK_SECONDS, LIMITER, busGain, peakOf, rmsDbfs } from './mix';

/** Each mixer's effects listener, by its main listener (what scene sounds are handed). */
const effectsRoutes = new WeakMap<AudioListener, AudioListener>();

/**
 * Where a struck sound (a step, a clank, a gull) should connect, given the mixer's listener: its
 * effects listener, so the Effects volume reaches it; the listener itself outside a mixer.
 */
export function effectsListenerFor(listener: AudioListener): AudioListener {
  return effectsRoutes.get(listener) ?? listener;
}

/** Samples the loudness meter reads at once (about 0.7 s at 48 kHz). */
const METER_SIZE = 32768;
/** The spectrum's window: 8192 samples (about 0.17 s, bins of about 6 Hz at 48 kHz). */
const SPECTRUM_SIZE = 8192;

export interface MixReading {
  /** RMS of the last METER_SIZE samples of the mix, dBFS (before the volume setting). */
  rms: number;
  /** Largest absolute sample in that window (1 is full scale). */
  peak: number;
}

/**
 * The one audio system: three's AudioListener (its AudioContext) and the master chain every
 * source reaches through the listener's input:
 *
 *   ambience -> listener.gain -> ambience volume --+
 *   effects  -> effects.gain  -> effects volume  --+-> gate (on once unlocked, off while hidden)
 *     -> bus (the scene's trim, the duck) -> limiter -> meter -> volume (the setting) -> mono or stereo
 *     -> destination
 *
 * Sources reach the ambience through the listener (three's Audio objects do by default); the
 * struck sounds (steps, clanks, glass, gulls) through `effects`, a second listener that only
 * gathers them (`effectsListenerFor`). Mono folds left and right into one channel the
 * destination then plays in both ears.
 *
 * Sound starts on the first user gesture, as browsers require, and goes quiet while the tab is
 * hidden. The meter reads the mix before the volume, so its figures do not depend on the setting.
 */
export class AudioMixer {
  readonly listener = new AudioListener();
  /** Where effects connect: never placed in the scene (the camera's listener places the ears). */
  readonly effects = new AudioListener();
  readonly duck: GainNode;
  readonly limiter: DynamicsCompressorNode;
  readonly meter: AnalyserNode;
  readonly spectrumTap: AnalyserNode;
  private readonly volumeNode: GainNode;
  private readonly gate: GainNode;
  private readonly ambienceNode: GainNode;
  private readonly effectsNode: GainNode;
  private readonly monoNode: GainNode;
  private readonly recorder: MixRecorder;
  private readonly samples = new Float32Array(METER_SIZE);
  private readonly bins = new Float32Array(SPECTRUM_SIZE / 2);
  private volume = 1;
  private mono = false;
  private hidden = false;
  private unlocked = false;
  private dialogue = false;
  private scene: string | null = null;

  constructor(private readonly doc: Document = document) {
    const c = this.listener.context;
    this.duck = c.createGain();
    this.limiter = c.createDynamicsCompressor();
    this.limiter.threshold.value = LIMITER.threshold;
    this.limiter.knee.value = LIMITER.knee;
    this.limiter.ratio.value = LIMITER.ratio;
    this.limiter.attack.value = LIMITER.attack;
    this.limiter.release.value = LIMITER.release;
    this.meter = c.createAnalyser();
    this.meter.fftSize = METER_SIZE;
    this.spectrumTap = c.createAnalyser();
    this.spectrumTap.fftSize = SPECTRUM_SIZE;
    this.spectrumTap.smoothingTimeConstant = 0;
    this.volumeNode = c.createGain();
    this.gate = c.createGain();
    this.gate.gain.value = 0;
    this.ambienceNode = c.createGain();
    this.effectsNode = c.createGain();
    this.monoNode = c.createGain();
    this.listener.gain.disconnect();
    this.effects.gain.disconnect();
    this.listener.gain.connect(this.ambienceNode).connect(this.gate);
    this.effects.gain.connect(this.effectsNode).connect(this.gate);
    this.gate.connect(this.duck).connect(this.limiter).connect(this.meter).connect(this.volumeNode);
    this.volumeNode.connect(c.destination);
    this.monoNode.channelCount = 1;
    this.monoNode.channelCountMode = 'explicit';
    this.monoNode.channelInterpretation = 'speakers';
    this.monoNode.connect(c.destination);
    effectsRoutes.set(this.listener, this.effects);
    this.limiter.connect(this.spectrumTap);
    this.recorder = new MixRecorder(c, this.limiter);
    doc.addEventListener('pointerdown', this.unlock, true);
    doc.addEventListener('keydown', this.unlock, true);
    doc.addEventListener('visibilitychange', this.onVisibility);
    this.hidden = doc.visibilityState === 'hidden';
    this.apply();
  }

  get context(): AudioContext {
    return this.listener.context;
  }

  get running(): boolean {
    return this.context.state === 'running';
  }

  get ducked(): boolean {
    return this.dialogue;
  }

  get level(): number {
    return this.volume;
  }

  setVolume(volume: number): void {
    this.volume = volume;
    this.volumeNode.gain.setTargetAtTime(volume, this.context.currentTime, 0.05);
  }

  /** The ambience and effects volumes (0 to 1, under the master), and mono or stereo. */
  setBalance(ambience: number, effects: number, mono: boolean): void {
    const now = this.context.currentTime;
    this.ambienceNode.gain.setTargetAtTime(ambience, now, 0.05);
    this.effectsNode.gain.setTargetAtTime(effects, now, 0.05);
    if (mono === this.mono) return;
    this.mono = mono;
    this.volumeNode.disconnect();
    this.volumeNode.connect(mono ? this.monoNode : this.context.destination);
  }

  get isMono(): boolean {
    return this.mono;
  }

  /**
   * Sets the bus for the staged scene (its trim to the one target loudness) and whether a line
   * of dialogue is on screen (the ambience dips slightly under it).
   */
  setBus(scene: string | null, dialogue: boolean): void {
    if (dialogue === this.dialogue && scene === this.scene) return;
    const cut = scene !== this.scene;
    this.dialogue = dialogue;
    this.scene = scene;
    const gain = busGain(scene, dialogue);
    if (cut) this.duck.gain.setValueAtTime(gain, this.context.currentTime);
    else this.duck.gain.setTargetAtTime(gain, this.context.currentTime, DUCK_SECONDS / 3);
  }

  /** The mix's loudness and peak over the meter's window. */
  read(): MixReading {
    this.meter.getFloatTimeDomainData(this.samples);
    return { rms: rmsDbfs(this.samples), peak: peakOf(this.samples) };
  }

  /** The mix's spectrum now (dB per bin of `binHz`), from 0 up to `maxHz`. */
  spectrum(maxHz: number): { binHz: number; db: number[] } {
    this.spectrumTap.getFloatFrequencyData(this.bins);
    const binHz = this.context.sampleRate / SPECTRUM_SIZE;
    const count = Math.min(this.bins.length, Math.ceil(maxHz / binHz));
    const db: number[] = [];
    for (let i = 0; i < count; i += 1) db.push(Math.round(Math.max(-200, this.bins[i]!) * 10) / 10);
    return { binHz, db };
  }

  /** The next `seconds` of the mix, sample for sample (before the volume setting). */
  record(seconds: number): Promise<Float32Array> {
    return this.recorder.record(seconds);
  }

  dispose(): void {
    this.recorder.dispose();
    this.doc.removeEventListener('pointerdown', this.unlock, true);
    this.doc.removeEventListener('keydown', this.unlock, true);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.listener.removeFromParent();
    effectsRoutes.delete(this.listener);
    void this.context.close().catch(() => undefined);
  }

  private readonly unlock = (): void => {
    this.unlocked = true;
    this.apply();
  };

  private readonly onVisibility = (): void => {
    this.hidden = this.doc.visibilityState === 'hidden';
    this.apply();
  };

  private apply(): void {
    const audible = this.unlocked && !this.hidden;
    this.gate.gain.setTargetAtTime(audible ? 1 : 0, this.context.currentTime, 0.05);
    if (audible && this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    if (!audible && this.unlocked && this.context.state === 'running') void this.context.suspend().catch(() => undefined);
  }
}
