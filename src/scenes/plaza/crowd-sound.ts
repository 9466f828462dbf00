import type { AudioListener, Object3D } from 'three';
import { disposeNodes, filteredGain, loopOf } from '../../audio/filter-chain';
import { registerSoundSource } from '../../audio/sound-sources';
import { utterance, type VoiceKind } from '../../audio/voice';
import { VoicePool } from '../../audio/voice-pool';
import { CROWD } from './config';
import { CALL_SECONDS, VOICE_POOL, crowdCallAt, slotAt } from './crowd-voices';
import type { PlazaNoise } from './rain-drips';

/** What a caption would say of each kind of voice in the crowd. */
const CAPTIONS: Record<VoiceKind, string> = {
  murmur: 'people murmuring in the crowd',
  laugh: 'someone in the crowd laughing',
  cry: 'someone in the crowd crying',
  scream: 'someone in the crowd screaming',
  delight: 'a flying child shrieking with delight',
};

/**
 * The crowd: its far murmur, swelling slowly, and a pool of synthesized voices crying,
 * screaming, laughing, murmuring and delighting, each from its place in the crowd, on the calls
 * `crowdCallAt` gives for the scene time.
 */
export class CrowdSound {
  private readonly made: AudioNode[] = [];
  private readonly voices: VoicePool;
  private readonly unregister: (() => void)[];
  private nextSlot = -1;
  private lastSeconds = 0;

  constructor(
    private readonly listener: AudioListener,
    noise: PlazaNoise,
  ) {
    const c = listener.context;
    const murmur = filteredGain(loopOf(c, noise.brown, this.made), listener.getInput(), { type: 'bandpass', frequency: 420 }, 0.16, this.made);
    const swell = c.createOscillator();
    const depth = c.createGain();
    swell.frequency.value = 0.17;
    depth.gain.value = 0.06;
    swell.connect(depth).connect(murmur.gain);
    swell.start();
    this.made.push(swell, depth);
    this.voices = new VoicePool(listener, VOICE_POOL, noise.white, 2.2);
    const now = () => c.currentTime;
    this.unregister = [
      registerSoundSource({ name: 'crowd-murmur', caption: () => 'a huge crowd murmuring', position: () => [0, 1.6, CROWD.nearZ + 30], audible: () => true }),
      ...Array.from({ length: VOICE_POOL }, (_, i) =>
        registerSoundSource({
          name: 'crowd-voice',
          caption: () => CAPTIONS[(this.voices.voice(i).kind || 'murmur') as VoiceKind],
          position: () => this.voices.voice(i).position.toArray(),
          audible: () => this.voices.voice(i).until > now(),
        }),
      ),
    ];
  }

  /** The voices' objects: add to the scene so they are heard from where they are. */
  get group(): Object3D {
    return this.voices.group;
  }

  /** Lets the crowd's voices speak up as the scene's time passes their calls. */
  step(seconds: number): void {
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
    disposeNodes(this.made);
  }
}
