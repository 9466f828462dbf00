import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PositionalAudio } from 'three';
import { useAudioMixer } from '../../audio/AudioSystem';
import { registerSoundSource } from '../../audio/sound-sources';
import { sceneClock } from '../../systems/scene-clock';
import { craneMotor } from './crane-sound';
import { cranePose } from './crane-timeline';
import { secondsSince, type InterludeState } from './interlude-state';
import { RAIL_Y } from './layout';

const LOUDNESS = 0.16;

/** The crane's motor, whining on its rail above the hook as it lifts the boy and carries him. */
export function CraneMotor({ state }: { state: InterludeState }) {
  const mixer = useAudioMixer();
  const sound = useMemo(() => {
    if (!mixer) return null;
    const c = mixer.context;
    const motor = c.createOscillator();
    motor.type = 'sawtooth';
    const gear = c.createOscillator();
    gear.type = 'triangle';
    const gearLevel = c.createGain();
    gearLevel.gain.value = 0.3;
    const tone = c.createBiquadFilter();
    tone.type = 'lowpass';
    tone.frequency.value = 1400;
    const level = c.createGain();
    level.gain.value = 0;
    motor.connect(tone);
    gear.connect(gearLevel).connect(tone);
    tone.connect(level);
    const audio = new PositionalAudio(mixer.listener);
    audio.setNodeSource(level as unknown as AudioBufferSourceNode);
    audio.setRefDistance(2);
    motor.start();
    gear.start();
    return { audio, motor, gear, gearLevel, tone, level, hook: { x: 0, y: 0, z: 0, holding: false, thrash: 0 }, out: { pitch: 0, level: 0 } };
  }, [mixer]);

  useEffect(() => {
    if (!sound) return;
    const off = registerSoundSource({
      name: 'crane-motor',
      caption: () => "the crane's motor whining",
      position: () => [sound.hook.x, RAIL_Y, sound.hook.z],
      audible: () => sound.out.level > 0.1,
      level: () => sound.out.level,
    });
    return () => {
      off();
      sound.motor.stop();
      sound.gear.stop();
      sound.audio.disconnect();
      [sound.motor, sound.gear, sound.gearLevel, sound.tone, sound.level].forEach((n) => n.disconnect());
    };
  }, [sound]);

  useFrame(() => {
    if (!sound || !mixer?.running) return;
    const since = secondsSince(state.at['crane-lifts'], sceneClock.seconds);
    const now = mixer.context.currentTime;
    const m = craneMotor(since, sound.out);
    cranePose(since, sound.hook);
    sound.audio.position.set(sound.hook.x, RAIL_Y, sound.hook.z);
    sound.motor.frequency.setTargetAtTime(m.pitch, now, 0.05);
    sound.gear.frequency.setTargetAtTime(m.pitch * 3.02, now, 0.05);
    sound.level.gain.setTargetAtTime(LOUDNESS * m.level, now, 0.08);
  });
  return sound ? <primitive object={sound.audio} /> : null;
}
