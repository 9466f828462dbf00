import { Object3D, type AudioListener } from 'three';
import { fillBrownNoise } from '../../audio/noise';
import { SceneTimeWindow } from '../../audio/scene-time-window';
import { registerSoundSource } from '../../audio/sound-sources';
import { StruckVoice } from '../../audio/struck-voice';
import type { CorridorState } from './corridor-state';
import { airLevel, inBlackout, lampDeaths } from './lamp-deaths';
import { FIXTURE_ZS, HEIGHT, LIT_FIXTURES } from './layout';
import { smithFloorAt, eachSmithStep } from './smith-steps';
import { eachSpiderFootfall, patterAccent } from './spider-patter';
import { spiderAt } from './spider-path';

/** The stale air's loudness and brightness (as the hallway's room tone always was). */
const AIR = { gain: 0.1, cutoff: 260 } as const;
const PATTER = 0.5;
const SMITH_STEP = 0.45;
const LAMP = { fizz: 0.05, pop: 0.35 } as const;

/**
 * The corridor's own sounds, as functions of its scene time: the stale air (hushing in the
 * blackout and as the lamps die), the spider's patter at each footfall, Smith's steps when he
 * walks, and each lamp's fizz and pop as it goes out in the forgotten ending. The hums and the
 * flies are their own parts (Hum, FlyBuzz). Add `group` to the scene; dispose() when it goes.
 */
export class CorridorSound {
  readonly group = new Object3D();
  private readonly air: { source: AudioBufferSourceNode; filter: BiquadFilterNode; gain: GainNode };
  private readonly patter: StruckVoice;
  private readonly steps: StruckVoice;
  private readonly fizz: StruckVoice[];
  private readonly pops: StruckVoice[];
  private readonly window = new SceneTimeWindow();
  private readonly unregister: (() => void)[];
  private readonly spot = { x: 0, z: 0 };
  private scheduledDeathsFor: number | null = null;
  private seconds = 0;
  private airNow = 1;

  constructor(
    private readonly listener: AudioListener,
    private readonly state: CorridorState,
    private readonly spiderCrossingZ: number,
  ) {
    const c = listener.context;
    const buffer = c.createBuffer(1, c.sampleRate * 4, c.sampleRate);
    fillBrownNoise(buffer.getChannelData(0), 7);
    const source = c.createBufferSource();
    source.buffer = buffer;
    source.loop = true;
    const filter = c.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.value = AIR.cutoff;
    const gain = c.createGain();
    gain.gain.value = AIR.gain;
    source.connect(filter).connect(gain).connect(listener.getInput());
    source.start();
    this.air = { source, filter, gain };
    // A spider's feet on linoleum: tiny, bright ticks. Shoes on a hard floor: a heel's knock.
    this.patter = new StruckVoice(listener, { source: 'noise', filter: 'bandpass', frequency: 5200, q: 2.5, refDistance: 0.6, rolloff: 1.6 });
    this.steps = new StruckVoice(listener, { source: 'noise', filter: 'bandpass', frequency: 1500, q: 1.4, refDistance: 1.5, rolloff: 1.2 });
    const lamp = (i: number, voice: StruckVoice) => (voice.audio.position.set(0, HEIGHT - 0.1, FIXTURE_ZS[LIT_FIXTURES[i]!]!), voice);
    this.fizz = LIT_FIXTURES.map((_, i) => lamp(i, new StruckVoice(listener, { source: 'noise', filter: 'bandpass', frequency: 3400, q: 0.8, refDistance: 1.5 })));
    this.pops = LIT_FIXTURES.map((_, i) => lamp(i, new StruckVoice(listener, { source: 'noise', filter: 'bandpass', frequency: 900, q: 1.2, refDistance: 1.5 })));
    this.group.add(this.patter.audio, this.steps.audio, ...this.fizz.map((v) => v.audio), ...this.pops.map((v) => v.audio));
    const now = () => c.currentTime;
    const position = (v: StruckVoice) => () => v.audio.position.toArray();
    this.unregister = [
      registerSoundSource({ name: 'room-tone', caption: () => 'the stale air of a long hallway', position: () => null, audible: () => this.airNow > 0.5 }),
      registerSoundSource({
        name: 'blackout-silence',
        caption: () => 'silence: the lights and their hum cut out',
        position: () => null,
        audible: () => inBlackout(this.seconds, state.blackoutAt),
      }),
      registerSoundSource({
        name: 'spider-patter',
        caption: () => "a spider's feet pattering across the floor",
        position: position(this.patter),
        audible: () => this.patter.ringing(now(), 0.2),
      }),
      registerSoundSource({ name: 'smith-steps', caption: () => "Smith's footsteps", position: position(this.steps), audible: () => this.steps.ringing(now(), 0.7) }),
      ...this.fizz.map((v, i) =>
        registerSoundSource({
          name: 'lamp-dying',
          caption: () => 'a light fizzing out, then dark',
          position: position(v),
          audible: () => v.ringing(now(), 0.75) || this.pops[i]!.ringing(now(), 0.15),
        }),
      ),
    ];
  }

  /** Follows the corridor's scene time: what is due now is scheduled on the audio clock. */
  step(seconds: number): void {
    const c = this.listener.context;
    const now = c.currentTime;
    this.seconds = seconds;
    this.airNow = airLevel(seconds, this.state.blackoutAt, this.state.lightsDieAt, LIT_FIXTURES.length);
    this.air.gain.gain.setTargetAtTime(AIR.gain * this.airNow, now, 0.03);
    this.scheduleDeaths(seconds);
    if (!this.window.advance(seconds)) return;
    const { from, to } = this.window;
    eachSpiderFootfall(from, to, this.spiderCrossingZ, this.tickSpider);
    eachSmithStep(this.state.smith, from, to, this.treadSmith);
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    this.air.source.stop();
    [this.air.source, this.air.filter, this.air.gain].forEach((n) => n.disconnect());
    [this.patter, this.steps, ...this.fizz, ...this.pops].forEach((v) => v.dispose());
    this.group.clear();
  }

  private readonly tickSpider = (t: number): void => {
    const place = spiderAt(t, this.spiderCrossingZ);
    this.patter.audio.position.set(place.x, 0.02, place.z);
    this.patter.strike(this.at(t), PATTER * patterAccent(t), 0.004);
  };

  private readonly treadSmith = (t: number, weight: number): void => {
    const spot = smithFloorAt(this.state.smith, t, this.spot);
    this.steps.audio.position.set(spot.x, 0.05, spot.z);
    this.steps.strike(this.at(t), SMITH_STEP * weight, 0.035);
  };

  /** Once the lights begin to die, each lamp's fizz and pop go on the audio clock, in order. */
  private scheduleDeaths(seconds: number): void {
    const dieAt = this.state.lightsDieAt;
    if (dieAt === null || dieAt === this.scheduledDeathsFor) return;
    this.scheduledDeathsFor = dieAt;
    for (const death of lampDeaths(dieAt, LIT_FIXTURES.length)) {
      if (death.popAt < seconds) continue;
      this.fizz[death.lamp]!.hold(this.at(death.fizzAt), LAMP.fizz, death.popAt - death.fizzAt);
      this.pops[death.lamp]!.strike(this.at(death.popAt), LAMP.pop, 0.02);
    }
  }

  private at(t: number): number {
    return SceneTimeWindow.contextTime(t, this.seconds, this.listener.context.currentTime);
  }
}
