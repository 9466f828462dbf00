import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { playerPose } from '../../player/pose';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { sceneClock } from '../../systems/scene-clock';
import { setWeather, weatherAt } from '../../systems/weather';
import { updateAtmosphere } from './atmosphere';
import { LINE_Z } from './config';

/** Each frame: the shared uniforms follow the clock, the camera and the weather under the player. */
export function Atmosphere({ shared }: { shared: SharedUniforms }) {
  useEffect(() => () => void setWeather(null), []);
  useFrame(({ camera, size }) => {
    updateAtmosphere(shared, sceneClock.seconds, camera, playerPose.position.z, size.height);
    setWeather(weatherAt(playerPose.position.z, LINE_Z));
  });
  return null;
}
