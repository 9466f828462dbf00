import { useUiText } from '../i18n/ui-text';
import { Canvas, type RootState } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { Suspense, useCallback } from 'react';
import { salvageStore, useSalvage } from '../store/app-store';
import { AdaptiveQuality } from './AdaptiveQuality';
import { AudioSystem } from '../audio/AudioSystem';
import { Beacon } from '../audio/Beacon';
import { FrameLoop } from './FrameLoop';
import { LazyXrPanel } from './LazyXrPanel';
import { PointerLock } from './PointerLock';
import { detectQuality } from './quality';
import { pixelRatioAt } from './quality-levels';
import { runtime } from './runtime';
import { SceneHost } from './SceneHost';
import { xrStore } from '../xr/xr-store';
import { TeleportArcView } from '../xr/TeleportArcView';
import { XrActionTargets } from '../xr/XrActionTargets';
import { XrComfortView } from '../xr/XrComfortView';
import { XrRig } from '../xr/XrRig';

const CONTEXT_LOST_NOTICE = {
  id: 'context-lost',
  messages: [{ key: 'notice.contextLost' as const }],
  tone: 'warning' as const,
};

const QUALITY = detectQuality();

/** The one Canvas, mounted for the whole life of the page. */
export function Stage() {
  // The title covers the view and nothing moves behind it: a frame only when asked for, not 60 a
  // second (on a phone that is battery; on a CPU renderer, the main thread).
  const atTitle = useSalvage((s) => s.story.mode === null);
  const t = useUiText();
  // At full quality the ratio follows the display (a range); a lower level draws a share of it.
  const level = useSalvage((s) => s.quality.level);
  const dpr = level === 0 ? QUALITY.dpr : pixelRatioAt(level, window.devicePixelRatio, QUALITY.dpr);
  const onCreated = useCallback(({ gl }: RootState) => {
    runtime.gl = gl;
    // Counted per frame, not per render call: off-screen renders (a reflection, a second eye)
    // belong to the frame's budget too. runFrame resets the counts when a frame begins.
    gl.info.autoReset = false;
    const canvas = gl.domElement;
    canvas.addEventListener('webglcontextlost', () => {
      salvageStore.getState().setWebgl('lost');
      salvageStore.getState().pushNotice(CONTEXT_LOST_NOTICE);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      salvageStore.getState().setWebgl('ok');
      salvageStore.getState().dismissNotice(CONTEXT_LOST_NOTICE.id);
    });
    salvageStore.getState().setWebgl('ok');
  }, []);

  return (
    <Canvas
      className="stage"
      frameloop={runtime.capture ? 'never' : atTitle ? 'demand' : 'always'}
      dpr={dpr}
      gl={{ antialias: QUALITY.antialias, powerPreference: 'high-performance' }}
      camera={{ fov: 70, near: 0.05, far: 400, position: [0, 1.65, 0] }}
      onCreated={onCreated}
      role="img"
      aria-label={t('app.stage')}
    >
      <color attach="background" args={['#050806']} />
      <XR store={xrStore}>
        <XrRig />
        <FrameLoop />
        <AdaptiveQuality />
        <PointerLock />
        <AudioSystem>
          <Suspense fallback={null}>
            <SceneHost />
          </Suspense>
          <Beacon />
        </AudioSystem>
        <LazyXrPanel />
        <TeleportArcView />
        <XrActionTargets />
        <XrComfortView />
      </XR>
    </Canvas>
  );
}
