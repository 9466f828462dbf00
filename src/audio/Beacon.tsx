import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { runtime } from '../app/runtime';
import { salvageStore } from '../store/app-store';
import { storyIndex } from '../story/story-index';
import { nextGoal } from '../systems/next-goal';
import { useAudioMixer } from './AudioSystem';
import { registerSoundSource } from './sound-sources';
import { StruckVoice } from './struck-voice';

/** Seconds between pings: often enough to follow, far apart enough to stay in the background. */
const PING_SECONDS = 2.6;
/** Head height, so the ping is heard level with the ears. */
const PING_HEIGHT = 1.5;

/**
 * The sound beacon (a setting, on in the low-vision preset): while the story waits for the player
 * to walk somewhere, a soft falling ping sounds every few seconds from there. Silent while
 * anything is being said, and wherever the story waits on nothing the player walks to.
 */
export function Beacon() {
  const mixer = useAudioMixer();
  const voice = useMemo(() => (mixer ? new StruckVoice(mixer.listener, { source: 'sine', filter: 'lowpass', frequency: 2400, refDistance: 4, rolloff: 0.8 }) : null), [mixer]);
  const state = useMemo(() => ({ nextAt: 0, sounding: false }), []);

  useEffect(() => {
    if (!voice || !mixer) return;
    const off = registerSoundSource({
      name: 'beacon',
      caption: () => 'a soft ping where the story goes next',
      position: () => voice.audio.position.toArray(),
      audible: () => voice.ringing(mixer.context.currentTime, 0.5),
    });
    return () => {
      off();
      voice.audio.removeFromParent();
      voice.dispose();
    };
  }, [voice, mixer]);

  useFrame(({ scene }) => {
    if (!voice || !mixer?.running || !runtime.config) return;
    const s = salvageStore.getState();
    const goal = s.settings.soundBeacon && s.panel === 'none' ? nextGoal(storyIndex, s.story, runtime.config) : null;
    if (!goal) return;
    if (voice.audio.parent !== scene) scene.add(voice.audio);
    voice.audio.position.set(goal[0], PING_HEIGHT, goal[2]);
    const now = mixer.context.currentTime;
    if (now < state.nextAt) return;
    state.nextAt = now + PING_SECONDS;
    voice.strike(now + 0.02, 0.16, 0.35, [990, 740, 0.25]);
  });
  return null;
}
