import { useEffect } from 'react';
import { Audio } from 'three';
import { useAudioMixer } from './AudioSystem';
import { fillBrownNoise } from './noise';
import { registerSoundSource } from './sound-sources';

export interface RoomToneProps {
  /** Loudness of the tone, 0 to 1 (before the master volume). Default 0.15. */
  gain?: number;
  /** Low-pass cut-off in Hz: lower is duller. Default 400. */
  cutoff?: number;
  /** A faint mains hum under the air, in Hz; 0 for none. Default 0. */
  hum?: number;
  /** What a caption would say of it. Default 'the low tone of a still room'. */
  caption?: string;
}

const SECONDS = 4;

/** The sound of a room: filtered brown noise, with an optional hum, looping. Non-positional. */
export function RoomTone({ gain = 0.15, cutoff = 400, hum = 0, caption = 'the low tone of a still room' }: RoomToneProps) {
  const mixer = useAudioMixer();
  useEffect(() => {
    if (!mixer) return;
    const context = mixer.context;
    const buffer = context.createBuffer(1, Math.floor(context.sampleRate * SECONDS), context.sampleRate);
    fillBrownNoise(buffer.getChannelData(0), 7);
    const tone = new Audio(mixer.listener);
    tone.setBuffer(buffer);
    tone.setLoop(true);
    tone.setVolume(gain);
    const lowpass = context.createBiquadFilter();
    lowpass.type = 'lowpass';
    lowpass.frequency.value = cutoff;
    tone.setFilters([lowpass]);
    tone.play();
    let oscillator: OscillatorNode | null = null;
    if (hum > 0) {
      oscillator = context.createOscillator();
      oscillator.frequency.value = hum;
      const humGain = context.createGain();
      humGain.gain.value = 0.08;
      oscillator.connect(humGain).connect(tone.getOutput());
      oscillator.start();
    }
    const unregister = registerSoundSource({ name: 'room-tone', caption: () => caption, position: () => null, audible: () => true });
    return () => {
      unregister();
      oscillator?.stop();
      oscillator?.disconnect();
      if (tone.isPlaying) tone.stop();
      tone.disconnect();
    };
  }, [mixer, gain, cutoff, hum, caption]);
  return null;
}
