import { Component, Suspense, useEffect, type ReactNode } from 'react';
import { isStaged, loadScene } from '../scenes/registry';
import { useSalvage, salvageStore } from '../store/app-store';
import { selectMode, selectScene } from '../store/selectors';
import { storyOf } from '../i18n/story-language';
import type { SceneId } from '../story/types';
import { StagedScene } from './StagedScene';

const STAND_IN: SceneId = 'construct';

/**
 * Stages the story's scene. While its module and resources load, the player stands in the
 * white construct; the scene appears when it is really ready. A scene that is not built yet,
 * or fails to load, leaves the player in the construct with a notice.
 */
export function SceneHost() {
  const mode = useSalvage(selectMode);
  const scene = useSalvage(selectScene);
  const visit = useSalvage((s) => s.visit);
  const target = mode && isStaged(scene) ? scene : STAND_IN;

  useEffect(() => {
    if (!mode) salvageStore.getState().stage(null);
  }, [mode]);

  useEffect(() => {
    if (!mode || scene === 'title') return;
    const missing = isStaged(scene) ? null : scene;
    salvageStore.getState().markUnavailable(missing);
    if (!missing) loadScene(scene).catch(() => salvageStore.getState().markUnavailable(scene));
  }, [mode, scene]);

  if (!mode) return null;
  return (
    <SceneErrorBoundary key={`${target}:${visit}`} fallback={<StagedScene id={STAND_IN} />}>
      <Suspense fallback={<StagedScene id={STAND_IN} />}>
        <StagedScene id={target} />
      </Suspense>
    </SceneErrorBoundary>
  );
}

/** A scene that throws while loading or rendering falls back to the construct. */
class SceneErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    const scene = salvageStore.getState().story.scene;
    const title = storyOf(salvageStore.getState()).index.scene(scene)?.title ?? scene;
    salvageStore.getState().pushNotice({
      id: 'scene-failed',
      messages: [{ key: 'notice.sceneFailed', params: { place: title, error: error instanceof Error ? error.message : 'unknown error' } }],
      tone: 'warning',
    });
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
