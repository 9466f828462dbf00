import { PositionalAudio, type AudioListener } from 'three';
import { disposeNodes, filteredGain, loopOf } from '../../audio/filter-chain';
import { registerSoundSource } from '../../audio/sound-sources';
import type { PlazaNoise } from './rain-drips';
import { wingsAt, type WingsSound as Wings } from './shard-wings';

/** The wings' air at full strength. */
const LOUDNESS = 0.3;

/**
 * Wings as the shards fly off: each downstroke of the glass birds and winged cats a soft whump
 * of air, from the loudest flier (the distance is in `wingsAt`'s level: the panner only places it).
 */
export class ShardWingsSound {
  readonly audio: PositionalAudio;
  private readonly made: AudioNode[] = [];
  private readonly air: GainNode;
  private readonly heard: Wings = { level: 0, flying: 0, presence: 0, x: 0, y: 0, z: 0 };
  private readonly unregister: () => void;

  constructor(
    private readonly listener: AudioListener,
    noise: PlazaNoise,
  ) {
    const c = listener.context;
    this.air = c.createGain();
    this.made.push(this.air);
    filteredGain(loopOf(c, noise.white, this.made, 0.7), this.air, { type: 'bandpass', frequency: 520, q: 0.9 }, LOUDNESS, this.made);
    this.air.gain.value = 0;
    this.audio = new PositionalAudio(listener);
    this.audio.setNodeSource(this.air as unknown as AudioBufferSourceNode);
    this.audio.setRolloffFactor(0);
    this.audio.panner.panningModel = 'equalpower';
    const h = this.heard;
    this.unregister = registerSoundSource({
      name: 'wings',
      caption: () => 'wings beating as glass creatures fly off',
      position: () => [h.x, h.y, h.z],
      audible: () => h.presence > 0.1,
      level: () => h.presence,
    });
  }

  /** Follows the scene's time, heard from (x, y, z). */
  step(seconds: number, x: number, y: number, z: number): void {
    const h = wingsAt(seconds, x, y, z, this.heard);
    this.audio.position.set(h.x, h.y, h.z);
    this.air.gain.setTargetAtTime(h.level, this.listener.context.currentTime, 0.02);
  }

  dispose(): void {
    this.unregister();
    this.audio.disconnect();
    this.audio.removeFromParent();
    disposeNodes(this.made);
  }
}
