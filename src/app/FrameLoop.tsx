import { useFrame, useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import { salvageStore } from '../store/app-store';
import { storyIndex } from '../story/story-index';
import { sceneClock } from '../systems/scene-clock';
import { FRAME_STAGE } from './frame-stages';
import { runFrame, type FrameContext } from './run-frame';
import { runtime } from './runtime';

/** The one per-frame entry point: hands each frame to `runFrame`, in the systems stage (before every view's callback). */
export function FrameLoop() {
  const camera = useThree((s) => s.camera);
  const ctx = useMemo<FrameContext>(() => ({ store: salvageStore, index: storyIndex, camera }), [camera]);
  useFrame((_, delta) => runFrame(ctx, runtime.capture ? runtime.captureTime - sceneClock.seconds : delta), FRAME_STAGE.systems);
  return null;
}
