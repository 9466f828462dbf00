import { AudioListener } from 'three';

/**
 * The one audio system: three's AudioListener (its AudioContext and master gain). Sound starts
 * on the first user gesture, as browsers require, follows the volume setting, and goes quiet
 * while the tab is hidden.
 */
export class AudioMixer {
  readonly listener = new AudioListener();
  private volume = 1;
  private hidden = false;
  private unlocked = false;

  constructor(private readonly doc: Document = document) {
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

  setVolume(volume: number): void {
    this.volume = volume;
    this.apply();
  }

  dispose(): void {
    this.doc.removeEventListener('pointerdown', this.unlock, true);
    this.doc.removeEventListener('keydown', this.unlock, true);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.listener.removeFromParent();
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
    const gain = this.listener.gain.gain;
    gain.setTargetAtTime(audible ? this.volume : 0, this.context.currentTime, 0.05);
    if (audible && this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    if (!audible && this.unlocked && this.context.state === 'running') void this.context.suspend().catch(() => undefined);
  }
}
