import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { sceneClock } from '../../systems/scene-clock';
import type { BeachState } from './beach-state';
import { gullCycle } from './beach-sound';
import { BeachSoundscape } from './beach-soundscape';

/** The white's room tone, then the surf, the breeze and the gulls: all synthesized. */
export function BeachSound({ state }: { state: BeachState }) {
  const mixer = useAudioMixer();
  const lastCycle = useRef(-1);
  const sound = useMemo(() => (mixer ? new BeachSoundscape(mixer.listener) : null), [mixer]);
  useEffect(() => () => sound?.dispose(), [sound]);

  useFrame(() => {
    if (!sound || !mixer?.running) return;
    const t = sceneClock.seconds;
    const beach = state.uniforms.uReveal.value;
    sound.step(t, beach);
    // A seagull cries out in the distance, and another one answers.
    const cycle = state.paintedAt === null ? -1 : gullCycle(t - state.paintedAt);
    if (cycle > lastCycle.current && cycle >= 0 && beach > 0.5) sound.cry(cycle, t);
    lastCycle.current = cycle;
  });
  return sound ? <primitive object={sound.group} /> : null;
}
