import { PerformanceMonitor } from '@react-three/drei';
import { salvageStore, useSalvage } from '../store/app-store';

const stepDown = () => salvageStore.getState().stepQuality(1);
const stepUp = () => salvageStore.getState().stepQuality(-1);

/**
 * While the visitor walks (the title draws only on demand, so its frame rate says nothing), drei's
 * PerformanceMonitor steps the quality level down when the frame rate stays low and up when it
 * stays at the display's; the Stage draws at the level's pixel ratio and the particle systems
 * draw their share. After six changes of mind it stops adapting and keeps the level it has.
 */
export function AdaptiveQuality() {
  const adaptive = useSalvage((s) => s.quality.adaptive);
  const walking = useSalvage((s) => s.story.mode !== null && s.ready);
  if (!adaptive || !walking) return null;
  return <PerformanceMonitor onDecline={stepDown} onIncline={stepUp} flipflops={6} />;
}
