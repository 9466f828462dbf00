import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Object3D, Vector3 } from 'three';
import { playerPose } from '../player/pose';
import { useAudioMixer } from './AudioSystem';
import { STEP_VOICES, STRIDE, fillGrains, stepAccent, type Surface } from './footstep-voices';
import { registerSoundSource } from './sound-sources';
import { StruckVoice } from './struck-voice';

export type { Surface } from './footstep-voices';

/**
 * Footsteps from the player's own movement: every stride on the floor, a hiss or a crunch and a
 * heel's thud, as the ground underfoot sounds (hard floor, wet stone, snow, sand). `surface` is
 * the ground, or a function read at each step where it changes underfoot.
 */
export function Footsteps({ surface }: { surface: Surface | (() => Surface) }) {
  const mixer = useAudioMixer();
  const last = useRef<Vector3 | null>(null);
  const walked = useRef(0);
  const step = useRef(0);
  const ground = useRef<Surface>('hard');
  const sound = useMemo(() => {
    if (!mixer) return null;
    const c = mixer.context;
    const grains = c.createBuffer(1, c.sampleRate * 2, c.sampleRate);
    fillGrains(grains.getChannelData(0), c.sampleRate, 2600);
    const feet = { refDistance: 2, rolloff: 1 };
    const hiss = new StruckVoice(mixer.listener, { source: 'noise', filter: 'bandpass', frequency: 2400, ...feet });
    const crunch = new StruckVoice(mixer.listener, { source: grains, filter: 'bandpass', frequency: 900, ...feet });
    const thud = new StruckVoice(mixer.listener, { source: 'sine', filter: 'lowpass', frequency: 400, ...feet });
    const group = new Object3D();
    group.add(hiss.audio, crunch.audio, thud.audio);
    return { hiss, crunch, thud, group };
  }, [mixer]);

  useEffect(() => {
    if (!sound || !mixer) return;
    const off = registerSoundSource({
      name: 'footsteps',
      caption: () => STEP_VOICES[ground.current].caption,
      position: () => [playerPose.position.x, playerPose.position.y, playerPose.position.z],
      audible: () => sound.thud.ringing(mixer.context.currentTime, 0.4),
    });
    return () => {
      off();
      [sound.hiss, sound.crunch, sound.thud].forEach((v) => v.dispose());
      sound.group.clear();
    };
  }, [sound, mixer]);

  useFrame(() => {
    const here = playerPose.position;
    if (!last.current) last.current = here.clone();
    const moved = Math.hypot(here.x - last.current.x, here.z - last.current.z);
    last.current.copy(here);
    // A jump of a metre or more is a teleport (a new scene, a tour cut), not a step.
    if (moved > 1 || !playerPose.onFloor) return;
    walked.current += moved;
    if (walked.current < STRIDE || !sound || !mixer?.running) return;
    walked.current = 0;
    step.current += 1;
    ground.current = typeof surface === 'function' ? surface() : surface;
    const voice = STEP_VOICES[ground.current];
    const accent = stepAccent(step.current);
    const now = mixer.context.currentTime;
    sound.group.position.set(here.x, here.y + 0.05, here.z);
    const scuff = voice.grains ? sound.crunch : sound.hiss;
    scuff.tune(now, voice.band * (0.9 + 0.2 * accent), voice.q);
    scuff.strike(now, voice.level * accent, voice.decay);
    sound.thud.strike(now, voice.thudLevel * accent, 0.03, [voice.thud * 1.6, voice.thud, 0.05]);
  });
  return sound ? <primitive object={sound.group} /> : null;
}
