import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { playerPose } from '../../player/pose';
import { sceneClock } from '../../systems/scene-clock';
import { weatherState } from '../../systems/weather';
import { PlazaSound as Sound } from './plaza-sound';

/** Starts the plaza's sound with the mixer and keeps it in step with the weather and scene time. */
export function PlazaSound() {
  const mixer = useAudioMixer();
  const sound = useMemo(() => (mixer ? new Sound(mixer.listener) : null), [mixer]);
  useEffect(() => () => sound?.dispose(), [sound]);
  useFrame(() => {
    if (!sound || !mixer?.running) return;
    sound.setWeather(weatherState.current);
    sound.step(sceneClock.seconds, playerPose.position.x, playerPose.position.y + 1.6, playerPose.position.z);
  });
  return sound ? <primitive object={sound.group} /> : null;
}
