import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PositionalAudio } from 'three';
import { useAudioMixer } from './AudioSystem';
import { registerSoundSource } from './sound-sources';

export interface HumProps {
  position: [number, number, number];
  /** Mains frequency of the hum, Hz. Default 100. */
  frequency?: number;
  /** Loudness at full level, 0 to 1. Default 0.2. */
  gain?: number;
  /** The light's brightness now, 0 to 1: the hum dips with it. */
  level: () => number;
  /** What a caption would say of it. Default 'electricity humming in a light'. */
  caption?: string;
}

/** Electricity humming through a straining light: positional, dipping when the light does. */
export function Hum({ position, frequency = 100, gain = 0.2, level, caption = 'electricity humming in a light' }: HumProps) {
  const mixer = useAudioMixer();
  const sound = useMemo(() => {
    if (!mixer) return null;
    const context = mixer.context;
    const source = new PositionalAudio(mixer.listener);
    const buzz = context.createOscillator();
    buzz.type = 'sawtooth';
    buzz.frequency.value = frequency;
    const overtone = context.createOscillator();
    overtone.type = 'sine';
    overtone.frequency.value = frequency * 2;
    const tone = context.createBiquadFilter();
    tone.type = 'lowpass';
    tone.frequency.value = 520;
    const mix = context.createGain();
    mix.gain.value = gain;
    buzz.connect(tone);
    overtone.connect(tone);
    tone.connect(mix);
    source.setNodeSource(mix as unknown as AudioBufferSourceNode);
    source.setRefDistance(1.2);
    source.setRolloffFactor(1.4);
    buzz.start();
    overtone.start();
    return { source, mix, oscillators: [buzz, overtone] };
  }, [mixer, frequency, gain]);

  useEffect(() => {
    if (!sound) return;
    return registerSoundSource({ name: 'lamp-hum', caption: () => caption, position: () => position, audible: () => level() > 0.05 });
  }, [sound, caption, position, level]);

  useEffect(
    () => () => {
      if (!sound) return;
      // The source's own disconnect first: it undoes exactly what setNodeSource connected.
      sound.source.disconnect();
      sound.source.removeFromParent();
      sound.oscillators.forEach((o) => (o.stop(), o.disconnect()));
      sound.mix.disconnect();
    },
    [sound],
  );

  useFrame(() => {
    if (!sound || !mixer) return;
    const lit = level();
    // It dips with the light; with the light out (a blackout, the lights dying) it falls silent.
    sound.mix.gain.setTargetAtTime(lit < 0.03 ? 0 : gain * (0.15 + 0.85 * lit), mixer.context.currentTime, 0.015);
  });

  return sound ? <primitive object={sound.source} position={position} /> : null;
}
