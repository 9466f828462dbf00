import { Object3D, type AudioListener } from 'three';
import { noiseBuffer } from '../../audio/noise';
import type { Weather } from '../../systems/weather';
import { CollapseAudio } from './collapse-audio';
import { CrowdSound } from './crowd-sound';
import { LakeWaterSound } from './lake-water-sound';
import { layOutCity } from './layout';
import { fillDrips, type PlazaNoise } from './rain-drips';
import { WeatherBeds } from './weather-beds';
import { ShardWingsSound } from './wings-sound';

/**
 * The plaza's sound, all synthesized, each part a function of the scene's time: the weather's
 * beds, the crowd, the city collapsing, water lifting from the lake, and wings as the shards fly
 * off. Add `group` to the scene so the positional parts are heard from where they are.
 */
export class PlazaSound {
  readonly group = new Object3D();
  private readonly beds: WeatherBeds;
  private readonly crowd: CrowdSound;
  private readonly collapse: CollapseAudio;
  private readonly water: LakeWaterSound;
  private readonly wings: ShardWingsSound;

  constructor(listener: AudioListener) {
    const c = listener.context;
    const drips = c.createBuffer(1, c.sampleRate * 4, c.sampleRate);
    fillDrips(drips.getChannelData(0), c.sampleRate, 22, 9);
    const noise: PlazaNoise = { white: noiseBuffer(c, 3, false, 5), brown: noiseBuffer(c, 5, true, 13), drips };
    this.beds = new WeatherBeds(listener, noise);
    this.crowd = new CrowdSound(listener, noise);
    this.collapse = new CollapseAudio(listener, noise, layOutCity());
    this.water = new LakeWaterSound(listener, noise);
    this.wings = new ShardWingsSound(listener, noise);
    this.group.add(this.crowd.group, this.collapse.audio, this.water.audio, this.wings.audio);
  }

  setWeather(weather: Weather | null): void {
    this.beds.setWeather(weather);
  }

  /** Follows the scene's time, heard from the player at (x, y, z). */
  step(seconds: number, x: number, y: number, z: number): void {
    this.collapse.step(seconds, x, z);
    this.water.step(seconds);
    this.wings.step(seconds, x, y, z);
    this.crowd.step(seconds);
  }

  dispose(): void {
    this.beds.dispose();
    this.crowd.dispose();
    this.collapse.dispose();
    this.water.dispose();
    this.wings.dispose();
    this.group.clear();
  }
}
