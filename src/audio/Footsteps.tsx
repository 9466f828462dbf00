import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3 } from 'three';
import { playerPose } from '../player/pose';
import { useAudioMixer } from './AudioSystem';

export type Surface = 'hard' | 'sand' | 'snow' | 'wet';

/** Metres between two steps. */
const STRIDE = 0.72;
const VOICES: Record<Surface, { band: number; q: number; thud: number; gain: number; length: number }> = {
  hard: { band: 2400, q: 1.2, thud: 95, gain: 0.35, length: 0.09 },
  sand: { band: 900, q: 0.7, thud: 60, gain: 0.22, length: 0.22 },
  snow: { band: 1400, q: 0.9, thud: 70, gain: 0.2, length: 0.18 },
  // A splash: bright and short, little thud (the water takes it).
  wet: { band: 3400, q: 0.6, thud: 85, gain: 0.32, length: 0.13 },
};

/**
 * Footsteps from the player's own movement: a short filtered burst every stride on the floor.
 * `surface` is the ground, or a function read at each step where it changes underfoot.
 */
export function Footsteps({ surface }: { surface: Surface | (() => Surface) }) {
  const mixer = useAudioMixer();
  const last = useRef<Vector3 | null>(null);
  const walked = useRef(0);
  const step = useRef(0);

  useFrame(() => {
    const here = playerPose.position;
    if (!last.current) last.current = here.clone();
    const moved = Math.hypot(here.x - last.current.x, here.z - last.current.z);
    last.current.copy(here);
    // A jump of a metre or more is a teleport (a new scene, a tour cut), not a step.
    if (moved > 1 || !playerPose.onFloor) return;
    walked.current += moved;
    if (walked.current < STRIDE || !mixer?.running) return;
    walked.current = 0;
    step.current += 1;
    playStep(mixer.context, mixer.listener.getInput(), VOICES[typeof surface === 'function' ? surface() : surface], step.current % 2 === 0 ? 1 : 0.85);
  });
  return null;
}

/** One decaying noise burst per context and length, made once and replayed for every step. */
const bursts = new WeakMap<AudioContext, Map<number, AudioBuffer>>();

function burst(context: AudioContext, seconds: number): AudioBuffer {
  const byLength = bursts.get(context) ?? new Map<number, AudioBuffer>();
  bursts.set(context, byLength);
  const cached = byLength.get(seconds);
  if (cached) return cached;
  const samples = Math.floor(context.sampleRate * seconds);
  const buffer = context.createBuffer(1, samples, context.sampleRate);
  const data = buffer.getChannelData(0);
  for (let i = 0; i < samples; i += 1) data[i] = (Math.random() * 2 - 1) * (1 - i / samples) ** 2;
  byLength.set(seconds, buffer);
  return buffer;
}

function playStep(context: AudioContext, destination: AudioNode, voice: (typeof VOICES)[Surface], accent: number): void {
  const now = context.currentTime;
  const noise = context.createBufferSource();
  noise.buffer = burst(context, voice.length);
  const band = context.createBiquadFilter();
  band.type = 'bandpass';
  band.frequency.value = voice.band * (0.9 + 0.2 * accent);
  band.Q.value = voice.q;
  const gain = context.createGain();
  gain.gain.value = voice.gain * accent;
  noise.connect(band).connect(gain).connect(destination);
  const thud = context.createOscillator();
  thud.frequency.setValueAtTime(voice.thud * 1.6, now);
  thud.frequency.exponentialRampToValueAtTime(voice.thud, now + 0.05);
  const thudGain = context.createGain();
  thudGain.gain.setValueAtTime(voice.gain * 0.8 * accent, now);
  thudGain.gain.exponentialRampToValueAtTime(0.001, now + 0.08);
  thud.connect(thudGain).connect(destination);
  noise.start(now);
  thud.start(now);
  thud.stop(now + 0.1);
  noise.onended = () => {
    noise.disconnect();
    band.disconnect();
    gain.disconnect();
    thud.disconnect();
    thudGain.disconnect();
  };
}
