import type { ComponentType } from 'react';
import type { SceneDirector, SceneStaging } from './types';

/**
 * A scene's `stage()` from its director and the view of the director's state: each staging builds
 * a fresh director and binds its state to the view.
 */
export function stageWith<S>(createDirector: () => SceneDirector & { state: S }, View: ComponentType<{ state: S }>): () => SceneStaging {
  return () => {
    const director = createDirector();
    return { director, View: () => <View state={director.state} /> };
  };
}
