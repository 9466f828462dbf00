import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { weatherState } from '../../systems/weather';
import { PlazaSound as Sound } from './plaza-sound';

/** Starts the plaza's sound with the mixer and keeps it in step with the weather underfoot. */
export function PlazaSound() {
  const mixer = useAudioMixer();
  const sound = useRef<Sound | null>(null);
  useEffect(() => {
    if (!mixer) return;
    const made = new Sound(mixer.context, mixer.listener.getInput());
    sound.current = made;
    return () => {
      made.dispose();
      sound.current = null;
    };
  }, [mixer]);
  useFrame(() => sound.current?.setWeather(weatherState.current));
  return null;
}
