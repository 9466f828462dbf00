import { PositionalAudio, type AudioListener } from 'three';
import { disposeNodes, filtered, filteredGain, loopOf } from '../../audio/filter-chain';
import { registerSoundSource } from '../../audio/sound-sources';
import type { PlazaNoise } from './rain-drips';
import { waterLiftAt, waterPieces, type WaterLift } from './water-lift';

/** At full strength: the lake's deep heave and the rush of water flying up. */
const WATER = { heave: 0.35, spray: 0.3 } as const;
/** The rush's pitch climbs as the water does (Hz of its band, from the surface to the hover). */
const RUSH_HZ = [1100, 3600] as const;

/**
 * Water lifting from the lake, heard from there: a surging slosh as the lake heaves into a mountain
 * (and pours back), and a rush that climbs in pitch as water flies up to become furniture.
 */
export class LakeWaterSound {
  readonly audio: PositionalAudio;
  private readonly made: AudioNode[] = [];
  private readonly heave: GainNode;
  private readonly spray: GainNode;
  private readonly rush: BiquadFilterNode;
  private readonly pieces = waterPieces();
  private readonly lift: WaterLift = { heave: 0, spray: 0, climb: 0, x: 0, z: 0 };
  private readonly unregister: () => void;

  constructor(
    private readonly listener: AudioListener,
    noise: PlazaNoise,
  ) {
    const c = listener.context;
    const out = c.createGain();
    this.made.push(out);
    // A surge in the mids, above the collapses' low roar (which must stay the city's alone).
    this.heave = filteredGain(loopOf(c, noise.white, this.made, 0.8), out, { type: 'bandpass', frequency: 360, q: 1.2 }, 0, this.made);
    const spray = filtered(loopOf(c, noise.white, this.made), out, { type: 'bandpass', frequency: RUSH_HZ[0], q: 0.9 }, 0, this.made);
    this.spray = spray.level;
    this.rush = spray.biquad;
    this.audio = new PositionalAudio(listener);
    this.audio.setNodeSource(out as unknown as AudioBufferSourceNode);
    this.audio.setRefDistance(18);
    this.audio.setRolloffFactor(1);
    this.audio.panner.panningModel = 'equalpower';
    const l = this.lift;
    this.unregister = registerSoundSource({
      name: 'lake-water',
      caption: () => (l.spray >= l.heave ? 'water rushing up out of the lake' : 'the lake heaving up into a mountain'),
      position: () => [l.x, 4, l.z],
      audible: () => Math.max(l.heave, l.spray) > 0.3,
      level: () => Math.max(l.heave, l.spray),
    });
  }

  /** Follows the scene's time, as the lake's and the furniture's shaders do. */
  step(seconds: number): void {
    const l = waterLiftAt(this.pieces, seconds, this.lift);
    const now = this.listener.context.currentTime;
    this.audio.position.set(l.x, 4, l.z);
    this.heave.gain.setTargetAtTime(WATER.heave * l.heave, now, 0.15);
    this.spray.gain.setTargetAtTime(WATER.spray * l.spray, now, 0.06);
    this.rush.frequency.setTargetAtTime(RUSH_HZ[0] + (RUSH_HZ[1] - RUSH_HZ[0]) * l.climb, now, 0.06);
  }

  dispose(): void {
    this.unregister();
    this.audio.disconnect();
    this.audio.removeFromParent();
    disposeNodes(this.made);
  }
}
