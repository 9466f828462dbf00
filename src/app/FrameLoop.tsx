import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { DesktopInput } from '../player/desktop-input';
import { salvageStore } from '../store/app-store';
import { storyIndex } from '../story/story-index';
import { sceneClock } from '../systems/scene-clock';
import { runFrame, type FrameContext } from './run-frame';
import { runtime } from './runtime';

/** The one per-frame entry point: hands each frame to `runFrame`. */
export function FrameLoop() {
  const camera = useThree((s) => s.camera);
  const input = useMemo(() => new DesktopInput(window), []);
  useEffect(() => () => input.dispose(), [input]);
  // A menu that opens drops held keys, so nobody walks on by themselves after closing it.
  useEffect(() => salvageStore.subscribe((s, prev) => s.panel !== prev.panel && input.clear()), [input]);

  const ctx = useMemo<FrameContext>(() => ({ store: salvageStore, index: storyIndex, input, camera }), [input, camera]);
  useFrame((_, delta) => runFrame(ctx, runtime.capture ? runtime.captureTime - sceneClock.seconds : delta));
  return null;
}
