import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { sceneClock } from '../../systems/scene-clock';
import type { CorridorState } from './corridor-state';
import { CorridorSound as Sound } from './corridor-sound';

/** Starts the corridor's air, patter, steps and dying lamps with the mixer; keeps them on scene time. */
export function CorridorSound({ state, spiderCrossingZ }: { state: CorridorState; spiderCrossingZ: number }) {
  const mixer = useAudioMixer();
  const sound = useMemo(() => (mixer ? new Sound(mixer.listener, state, spiderCrossingZ) : null), [mixer, state, spiderCrossingZ]);
  useEffect(() => () => sound?.dispose(), [sound]);
  useFrame(() => {
    if (sound && mixer?.running) sound.step(sceneClock.seconds);
  });
  return sound ? <primitive object={sound.group} /> : null;
}
