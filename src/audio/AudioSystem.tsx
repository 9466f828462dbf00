import { useThree } from '@react-three/fiber';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { salvageStore } from '../store/app-store';
import { runtime } from '../app/runtime';
import { selectLine } from '../store/selectors';
import type { Settings } from '../store/settings';
import { storyIndex } from '../story/story-index';
import { audioRuntime } from './audio-runtime';
import { AudioMixer } from './mixer';

const lineOnScreen = selectLine(storyIndex);

const MixerContext = createContext<AudioMixer | null>(null);

/** The mixer, for scene parts that add sound sources; null until it exists. */
export function useAudioMixer(): AudioMixer | null {
  return useContext(MixerContext);
}

/**
 * Makes the mixer, hangs its listener on the camera, keeps its volume in step with settings and
 * ducks the ambience while a line of dialogue is on screen.
 */
export function AudioSystem({ children }: { children?: ReactNode }) {
  const camera = useThree((s) => s.camera);
  const [mixer, setMixer] = useState<AudioMixer | null>(null);
  useEffect(() => {
    const made = new AudioMixer(document);
    camera.add(made.listener);
    runtime.listener = made.listener;
    audioRuntime.mixer = made;
    const balance = ({ ambienceVolume, effectsVolume, mono }: Settings) => made.setBalance(ambienceVolume, effectsVolume, mono);
    made.setVolume(salvageStore.getState().settings.volume);
    balance(salvageStore.getState().settings);
    made.setBus(salvageStore.getState().staged, lineOnScreen(salvageStore.getState()) !== null);
    const unsubscribe = salvageStore.subscribe((s, prev) => {
      if (s.settings.volume !== prev.settings.volume) made.setVolume(s.settings.volume);
      if (s.settings !== prev.settings) balance(s.settings);
      made.setBus(s.staged, lineOnScreen(s) !== null);
    });
    setMixer(made);
    return () => {
      unsubscribe();
      if (runtime.listener === made.listener) runtime.listener = null;
      if (audioRuntime.mixer === made) audioRuntime.mixer = null;
      made.dispose();
      setMixer(null);
    };
  }, [camera]);
  return <MixerContext.Provider value={mixer}>{children}</MixerContext.Provider>;
}
