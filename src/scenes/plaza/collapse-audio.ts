import { PositionalAudio, type AudioListener } from 'three';
import { disposeNodes, filteredGain, loopOf } from '../../audio/filter-chain';
import { registerSoundSource } from '../../audio/sound-sources';
import { collapseSound, type CollapseSound } from './collapse-sound';
import type { Block } from './layout';
import type { PlazaNoise } from './rain-drips';

/** The city breaking, at full strength: the nearest block's roar, its crack, glass, the far roar. */
const COLLAPSE = { rumble: 0.9, debris: 0.15, crack: 0.5, glass: 0.08, distant: 0.06 } as const;

/**
 * The city breaking where and when the shaders show it (`collapseSound`): the loudest falling
 * block's roar, debris, crack and glass from where it stands, and the far collapses' low roar.
 */
export class CollapseAudio {
  readonly audio: PositionalAudio;
  private readonly made: AudioNode[] = [];
  private readonly gains: Record<keyof typeof COLLAPSE, GainNode>;
  private readonly heard: CollapseSound = { rumble: 0, distant: 0, crack: 0, glass: 0, x: 0, z: 0 };
  private readonly unregister: (() => void)[];

  constructor(
    private readonly listener: AudioListener,
    noise: PlazaNoise,
    private readonly city: readonly Block[],
  ) {
    const c = listener.context;
    const fall = c.createGain();
    this.made.push(fall);
    this.audio = new PositionalAudio(listener);
    this.audio.setNodeSource(fall as unknown as AudioBufferSourceNode);
    // Distance is already in the loudness (collapseSound): the panner only places it.
    this.audio.setRolloffFactor(0);
    this.audio.panner.panningModel = 'equalpower';
    const white = loopOf(c, noise.white, this.made);
    const brown = loopOf(c, noise.brown, this.made);
    const glass = loopOf(c, noise.drips, this.made, 2.2);
    this.gains = {
      rumble: filteredGain(brown, fall, { type: 'lowpass', frequency: 140 }, 0, this.made),
      debris: filteredGain(white, fall, { type: 'bandpass', frequency: 380 }, 0, this.made),
      crack: filteredGain(white, fall, { type: 'bandpass', frequency: 1800 }, 0, this.made),
      glass: filteredGain(glass, fall, { type: 'highpass', frequency: 3000 }, 0, this.made),
      distant: filteredGain(brown, listener.getInput(), { type: 'lowpass', frequency: 90 }, 0, this.made),
    };
    const h = this.heard;
    this.unregister = [
      registerSoundSource({
        name: 'collapse',
        caption: () => 'a building collapsing with a roar',
        position: () => [h.x, 10, h.z],
        audible: () => h.rumble > 0.6,
        level: () => h.rumble,
      }),
      registerSoundSource({ name: 'glass', caption: () => 'windows shattering', position: () => [h.x, 10, h.z], audible: () => h.glass > 0.15, level: () => h.glass }),
      registerSoundSource({
        name: 'city-roar',
        caption: () => 'the far rumble of the city falling',
        position: () => null,
        audible: () => h.distant > 0.05,
        level: () => h.distant,
      }),
    ];
  }

  /** Follows the scene's time, heard from (x, z). */
  step(seconds: number, x: number, z: number): void {
    const h = collapseSound(this.city, seconds, x, z, this.heard);
    const now = this.listener.context.currentTime;
    this.audio.position.set(h.x, 10, h.z);
    const g = this.gains;
    // Only a near, big fall roars: the many far ones are the distant roar's business.
    const roar = Math.max(0, (h.rumble - 0.3) / 0.7);
    g.rumble.gain.setTargetAtTime(COLLAPSE.rumble * roar, now, 0.08);
    g.debris.gain.setTargetAtTime(COLLAPSE.debris * roar, now, 0.05);
    g.crack.gain.setTargetAtTime(COLLAPSE.crack * h.crack, now, 0.01);
    g.glass.gain.setTargetAtTime(COLLAPSE.glass * h.glass, now, 0.05);
    g.distant.gain.setTargetAtTime(COLLAPSE.distant * h.distant, now, 0.3);
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    this.audio.disconnect();
    this.audio.removeFromParent();
    disposeNodes(this.made);
  }
}
