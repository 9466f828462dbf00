import type { AudioListener } from 'three';
import { disposeNodes, filteredGain, loopOf } from '../../audio/filter-chain';
import { registerSoundSource } from '../../audio/sound-sources';
import type { Weather } from '../../systems/weather';
import type { PlazaNoise } from './rain-drips';

/** Bed levels on each side of the weather line: [rain side, snow side]. */
const BEDS = { rain: [0.09, 0.004], drips: [0.3, 0], snow: [0.03, 0.18] } as const;

/** The rain's hiss and drips against the snow's muffled hush, crossfaded at the weather line. */
export class WeatherBeds {
  private readonly made: AudioNode[] = [];
  private readonly beds: Record<keyof typeof BEDS, GainNode>;
  private readonly unregister: (() => void)[];
  private weather: Weather | null = null;

  constructor(
    private readonly listener: AudioListener,
    noise: PlazaNoise,
  ) {
    const c = listener.context;
    const output = listener.getInput();
    this.beds = {
      rain: filteredGain(loopOf(c, noise.white, this.made), output, { type: 'highpass', frequency: 900 }, 0, this.made),
      drips: filteredGain(loopOf(c, noise.drips, this.made), output, { type: 'highpass', frequency: 700 }, 0, this.made),
      snow: filteredGain(loopOf(c, noise.brown, this.made), output, { type: 'lowpass', frequency: 240 }, 0, this.made),
    };
    this.unregister = [
      registerSoundSource({ name: 'rain', caption: () => 'rain hissing and dripping', position: () => null, audible: () => this.weather === 'rain' }),
      registerSoundSource({ name: 'snow', caption: () => 'the muffled hush of snow', position: () => null, audible: () => this.weather === 'snow' }),
    ];
  }

  /** Crossfades to the weather under the player; cheap to call every frame. */
  setWeather(weather: Weather | null): void {
    if (weather === this.weather) return;
    this.weather = weather;
    const now = this.listener.context.currentTime;
    const side = weather === 'snow' ? 1 : 0;
    for (const key of Object.keys(BEDS) as (keyof typeof BEDS)[]) this.beds[key].gain.setTargetAtTime(BEDS[key][side], now, 0.12);
  }

  dispose(): void {
    this.unregister.forEach((off) => off());
    disposeNodes(this.made);
  }
}
