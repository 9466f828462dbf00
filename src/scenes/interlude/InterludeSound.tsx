import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { sceneClock } from '../../systems/scene-clock';
import type { InterludeState } from './interlude-state';
import { InterludeSound as Sound } from './interlude-sound';

/** Starts the ship's beds, chirps and clanks with the mixer; keeps them on scene time. */
export function InterludeSound({ state }: { state: InterludeState }) {
  const mixer = useAudioMixer();
  const sound = useMemo(() => (mixer ? new Sound(mixer.listener, state) : null), [mixer, state]);
  useEffect(() => () => sound?.dispose(), [sound]);
  useFrame(() => {
    if (sound && mixer?.running) sound.step(sceneClock.seconds);
  });
  return sound ? <primitive object={sound.group} /> : null;
}
