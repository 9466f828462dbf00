import { playerPose } from '../../player/pose';
import { setWeather, weatherAt } from '../../systems/weather';
import type { SceneDirector } from '../types';
import { LINE_Z } from './config';

/**
 * The plaza's logic: each frame, the weather under the player (rain before the line, snow behind
 * it), which the sound and the footsteps follow; none once the plaza is gone.
 */
export function createPlazaDirector(): SceneDirector {
  return {
    follow: () => () => void setWeather(null),
    step: () => void setWeather(weatherAt(playerPose.position.z, LINE_Z)),
  };
}
