import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { useAudioMixer } from '../../audio/AudioSystem';
import { sceneClock } from '../../systems/scene-clock';
import type { BeachState } from './beach-state';
import { createNoiseBuffer, gullCycle, playGullCry, surfSwell } from './beach-sound';

/** The white's room tone, then the surf's wash, the breeze, and the gulls: all synthesized. */
export function BeachSound({ state }: { state: BeachState }) {
  const mixer = useAudioMixer();
  const lastCycle = useRef(-1);
  const sound = useMemo(() => {
    if (!mixer) return null;
    const context = mixer.context;
    const noise = createNoiseBuffer(context, 4, 11);
    const out = mixer.listener.getInput();
    const layer = (type: BiquadFilterType, frequency: number, q: number, offset: number) => {
      const source = context.createBufferSource();
      source.buffer = noise;
      source.loop = true;
      const filter = context.createBiquadFilter();
      filter.type = type;
      filter.frequency.value = frequency;
      filter.Q.value = q;
      const gain = context.createGain();
      gain.gain.value = 0;
      source.connect(filter).connect(gain).connect(out);
      source.start(context.currentTime, offset);
      return { source, filter, gain };
    };
    return {
      noise,
      out,
      room: layer('lowpass', 300, 0.7, 0),
      surf: layer('lowpass', 700, 0.6, 1),
      roar: layer('lowpass', 180, 0.5, 2),
      wind: layer('bandpass', 520, 0.4, 3),
    };
  }, [mixer]);

  useEffect(
    () => () => {
      if (!sound) return;
      for (const l of [sound.room, sound.surf, sound.roar, sound.wind]) {
        l.source.stop();
        [l.source, l.filter, l.gain].forEach((n) => n.disconnect());
      }
    },
    [sound],
  );

  useFrame(() => {
    if (!sound || !mixer?.running) return;
    const now = mixer.context.currentTime;
    const t = sceneClock.seconds;
    const beach = state.uniforms.uReveal.value;
    const swell = surfSwell(t);
    const gust = 0.5 + 0.5 * Math.sin(t * 0.37) * Math.sin(t * 0.23 + 1);
    sound.room.gain.gain.setTargetAtTime(0.1 * (1 - beach), now, 0.1);
    sound.surf.gain.gain.setTargetAtTime(0.32 * beach * swell, now, 0.12);
    sound.surf.filter.frequency.setTargetAtTime(500 + 1700 * swell, now, 0.2);
    sound.roar.gain.gain.setTargetAtTime(0.25 * beach, now, 0.3);
    sound.wind.gain.gain.setTargetAtTime(beach * (0.02 + 0.05 * gust), now, 0.3);
    // A seagull cries out in the distance, and another one answers.
    const cycle = state.paintedAt === null ? -1 : gullCycle(t - state.paintedAt);
    if (cycle > lastCycle.current && cycle >= 0 && beach > 0.5) {
      playGullCry(mixer.context, sound.out, now + 0.05, false, sound.noise);
      playGullCry(mixer.context, sound.out, now + 1.9, true, sound.noise);
    }
    lastCycle.current = cycle;
  });
  return null;
}
