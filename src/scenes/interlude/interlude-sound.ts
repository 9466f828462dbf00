import { Object3D, type AudioListener } from 'three';
import { SceneTimeWindow } from '../../audio/scene-time-window';
import { registerSoundSource } from '../../audio/sound-sources';
import { StruckVoice } from '../../audio/struck-voice';
import { eachClank, type Clank } from './crane-clanks';
import { cranePose, type CranePose } from './crane-timeline';
import type { InterludeState } from './interlude-state';
import { CHIRP_VOICES, CONSOLE_SCREENS, eachChirp, type Chirp } from './monitor-chirps';
import { ShipBeds } from './ship-beds';

const CHIRP = 0.05;
const CLANK = { ring: 0.22, clunk: 0.5 } as const;

/**
 * The ship's sound on its scene time: the beds (engines, then Zion at night), the monitors'
 * chirps from their screens, and the crane's clanks from its hook. The crane's motor and the
 * pit's hum are their own parts (CraneMotor, Hum). Add `group` to the scene; dispose() when done.
 */
export class InterludeSound {
  readonly group = new Object3D();
  private readonly beds: ShipBeds;
  private readonly screens: StruckVoice[];
  private readonly ring: StruckVoice;
  private readonly clunk: StruckVoice;
  private readonly window = new SceneTimeWindow();
  private readonly hook: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
  private readonly unregister: (() => void)[];
  private seconds = 0;
  private craneAt: number | null = null;

  constructor(
    private readonly listener: AudioListener,
    private readonly state: InterludeState,
  ) {
    this.beds = new ShipBeds(listener);
    this.screens = CONSOLE_SCREENS.map((s) => {
      const voice = new StruckVoice(listener, { source: 'sine', filter: 'highpass', frequency: 600, refDistance: 1.2, rolloff: 1.3 });
      voice.audio.position.set(s.x, s.y, s.z);
      return voice;
    });
    // Steel on steel: a resonant ring over a low clunk.
    this.ring = new StruckVoice(listener, { source: 'noise', filter: 'bandpass', frequency: 1250, q: 14, refDistance: 2.5 });
    this.clunk = new StruckVoice(listener, { source: 'noise', filter: 'lowpass', frequency: 260, refDistance: 2.5 });
    this.group.add(...this.screens.map((v) => v.audio), this.ring.audio, this.clunk.audio);
    const now = () => listener.context.currentTime;
    this.unregister = [
      ...this.screens.map((v, i) =>
        registerSoundSource({
          name: 'monitor-chirp',
          caption: () =>
            `a ${CONSOLE_SCREENS[i]!.kind === 'heat' ? 'heat-seeking monitor' : CONSOLE_SCREENS[i]!.kind === 'motion' ? 'motion detector' : 'camera monitor'} chirping`,
          position: () => v.audio.position.toArray(),
          audible: () => v.ringing(now(), 0.25),
        }),
      ),
      registerSoundSource({
        name: 'crane-clank',
        caption: () => "the crane's hook clanking",
        position: () => this.ring.audio.position.toArray(),
        audible: () => this.ring.ringing(now(), 0.6),
      }),
    ];
  }

  /** Follows the scene's time: what is due now is scheduled on the audio clock. */
  step(seconds: number): void {
    this.seconds = seconds;
    this.beds.step(this.state.night.value);
    if (!this.window.advance(seconds)) return;
    const { from, to } = this.window;
    eachChirp(from, to, this.state.night.value, this.chirp);
    const at = this.state.at['crane-lifts'];
    if (at === null) return;
    // The frame the crane senses him is already past its first instant (the window looks ahead):
    // the latch at that instant is due now, not skipped.
    const sensedNow = at !== this.craneAt && at > from - 1;
    this.craneAt = at;
    eachClank(sensedNow ? -1e-6 : from - at, to - at, this.clank);
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    this.beds.dispose();
    [...this.screens, this.ring, this.clunk].forEach((v) => v.dispose());
    this.group.clear();
  }

  private readonly chirp = (chirp: Chirp): void => {
    const voice = CHIRP_VOICES[CONSOLE_SCREENS[chirp.screen]!.kind];
    const screen = this.screens[chirp.screen]!;
    const at = this.at(chirp.at);
    screen.strike(at, CHIRP, voice.seconds * 0.6, [voice.from, voice.to, voice.seconds]);
    // A second blip is struck on the audio clock after the first (the motion detector's double).
    if (voice.blips > 1) screen.strike(at + chirp.gap, CHIRP, voice.seconds * 0.6, [voice.from, voice.to, voice.seconds]);
  };

  private readonly clank = (clank: Clank): void => {
    const at = this.at((this.craneAt ?? 0) + clank.at);
    cranePose(clank.at, this.hook);
    this.ring.audio.position.set(this.hook.x, this.hook.y + 0.3, this.hook.z);
    this.clunk.audio.position.copy(this.ring.audio.position);
    this.ring.strike(at, CLANK.ring * (clank.kind === 'stop' ? 0.6 : 1), 0.18);
    this.clunk.strike(at, CLANK.clunk * (clank.kind === 'stop' ? 1 : 0.6), 0.05);
  };

  private at(t: number): number {
    return SceneTimeWindow.contextTime(t, this.seconds, this.listener.context.currentTime);
  }
}
