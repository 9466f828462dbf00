import type { AudioListener } from 'three';
import { disposeNodes, filteredGain, loopOf } from '../../audio/filter-chain';
import { noiseBuffer } from '../../audio/noise';
import { registerSoundSource } from '../../audio/sound-sources';

/** Loudness of each layer at full strength. */
const LEVEL = { air: 0.2, engines: 0.04, whine: 0.004, zion: 0.06, vents: 0.03 } as const;

/** How the engines throb and Zion breathes, as functions of night (0 the ship, 1 Zion at night). */
export function shipBedLevels(night: number): { engines: number; zion: number } {
  const n = Math.min(1, Math.max(0, night));
  return { engines: 1 - n, zion: n };
}

/**
 * The interlude's beds, all around: the control room's air; the ship's engines (two detuned
 * low saws beating against each other, a turbine's whine over them), throbbing through the
 * hull; and, as night falls in Zion's control room, the engines gone and the city's far, slow
 * machine breath and its vents in their place.
 */
export class ShipBeds {
  private readonly made: AudioNode[] = [];
  private readonly engines: GainNode;
  private readonly zion: GainNode;
  private readonly unregister: (() => void)[];
  private levels = shipBedLevels(0);

  constructor(private readonly listener: AudioListener) {
    const c = listener.context;
    const output = listener.getInput();
    const brown = noiseBuffer(c, 4, true, 7);
    filteredGain(loopOf(c, brown, this.made), output, { type: 'lowpass', frequency: 260 }, LEVEL.air, this.made);
    this.engines = c.createGain();
    this.zion = c.createGain();
    this.zion.gain.value = 0;
    this.engines.connect(output);
    this.zion.connect(output);
    this.made.push(this.engines, this.zion);
    const engine = (frequency: number, type: OscillatorType, level: number, into: AudioNode, cutoff: number) => {
      const o = c.createOscillator();
      o.type = type;
      o.frequency.value = frequency;
      o.start();
      this.made.push(o);
      filteredGain(o, into, { type: 'lowpass', frequency: cutoff }, level, this.made);
    };
    engine(41, 'sawtooth', LEVEL.engines, this.engines, 170);
    engine(41.6, 'sawtooth', LEVEL.engines, this.engines, 170);
    engine(415, 'sine', LEVEL.whine, this.engines, 2000);
    engine(55, 'sine', LEVEL.zion * 0.4, this.zion, 400);
    filteredGain(loopOf(c, brown, this.made, 0.5), this.zion, { type: 'lowpass', frequency: 120 }, LEVEL.zion, this.made);
    const vents = filteredGain(loopOf(c, noiseBuffer(c), this.made), this.zion, { type: 'bandpass', frequency: 700, q: 0.7 }, LEVEL.vents, this.made);
    // Zion's breath: its vents swell and fall slowly.
    const breath = c.createOscillator();
    const depth = c.createGain();
    breath.frequency.value = 0.09;
    depth.gain.value = LEVEL.vents * 0.8;
    breath.connect(depth).connect(vents.gain);
    breath.start();
    this.made.push(breath, depth);
    this.unregister = [
      registerSoundSource({ name: 'room-tone', caption: () => 'the still air of a control room', position: () => null, audible: () => true }),
      registerSoundSource({
        name: 'ship-engines',
        caption: () => "the ship's engines throbbing through the hull",
        position: () => null,
        audible: () => this.levels.engines > 0.1,
        level: () => this.levels.engines,
      }),
      registerSoundSource({
        name: 'zion-night',
        caption: () => "Zion at night: the far, slow breath of the city's machines",
        position: () => null,
        audible: () => this.levels.zion > 0.1,
        level: () => this.levels.zion,
      }),
    ];
  }

  /** Crossfades from the ship to Zion at night. */
  step(night: number): void {
    this.levels = shipBedLevels(night);
    const now = this.listener.context.currentTime;
    this.engines.gain.setTargetAtTime(this.levels.engines, now, 0.4);
    this.zion.gain.setTargetAtTime(this.levels.zion, now, 0.4);
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    disposeNodes(this.made);
  }
}
