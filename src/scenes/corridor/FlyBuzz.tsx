import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PositionalAudio } from 'three';
import { useAudioMixer } from '../../audio/AudioSystem';
import { registerSoundSource } from '../../audio/sound-sources';
import { sceneClock } from '../../systems/scene-clock';
import { flyBuzz } from './fly-buzz';

const LOUDNESS = 0.05;

/** A fly trapped in a light: a buzzing wing-beat, positional, as `flyBuzz` says. */
export function FlyBuzz({ position, fly, lamp }: { position: [number, number, number]; fly: number; lamp: () => number }) {
  const mixer = useAudioMixer();
  const sound = useMemo(() => {
    if (!mixer) return null;
    const c = mixer.context;
    const wings = c.createOscillator();
    wings.type = 'sawtooth';
    const tone = c.createBiquadFilter();
    tone.type = 'bandpass';
    tone.frequency.value = 1200;
    tone.Q.value = 0.6;
    const level = c.createGain();
    level.gain.value = 0;
    wings.connect(tone).connect(level);
    const audio = new PositionalAudio(mixer.listener);
    audio.setNodeSource(level as unknown as AudioBufferSourceNode);
    audio.setRefDistance(0.8);
    audio.setRolloffFactor(1.5);
    wings.start();
    return { audio, wings, tone, level, state: { pitch: 0, level: 0 } };
  }, [mixer]);

  useEffect(() => {
    if (!sound) return;
    const off = registerSoundSource({
      name: 'flies',
      caption: () => 'flies buzzing in a light',
      position: () => position,
      audible: () => sound.state.level > 0.1,
      level: () => sound.state.level,
    });
    return () => {
      off();
      sound.wings.stop();
      sound.audio.disconnect();
      [sound.wings, sound.tone, sound.level].forEach((n) => n.disconnect());
    };
  }, [sound, position]);

  useFrame(() => {
    if (!sound || !mixer?.running) return;
    const now = mixer.context.currentTime;
    const s = flyBuzz(sceneClock.seconds, fly, lamp(), sound.state);
    sound.wings.frequency.setTargetAtTime(s.pitch, now, 0.02);
    sound.level.gain.setTargetAtTime(LOUDNESS * s.level, now, 0.03);
  });
  return sound ? <primitive object={sound.audio} position={position} /> : null;
}
