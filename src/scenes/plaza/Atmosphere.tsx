import { useFrame } from '@react-three/fiber';
import { playerPose } from '../../player/pose';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { sceneClock } from '../../systems/scene-clock';
import { updateAtmosphere } from './atmosphere';

/** Each frame: the shared uniforms follow the clock, the camera and where the player stands. */
export function Atmosphere({ shared }: { shared: SharedUniforms }) {
  useFrame(({ camera, size }) => {
    updateAtmosphere(shared, sceneClock.seconds, camera, playerPose.position.z, size.height);
  });
  return null;
}
