import { useFrame } from '@react-three/fiber';
import { use, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { worldColliderFor } from '../player/collision';
import { placePlayer, playerPose } from '../player/pose';
import { loadScene } from '../scenes/registry';
import { salvageStore } from '../store/app-store';
import type { SceneId } from '../story/types';
import { sceneClock } from '../systems/scene-clock';
import { runtime } from './runtime';
import { useCompiled } from './use-compiled';

/**
 * Shows one scene once its module has loaded (suspending until then), puts the player at its
 * spawn, compiles all it will show, and tells the story it has arrived after its first frame has
 * been drawn.
 */
export function StagedScene({ id }: { id: SceneId }) {
  const { config, stage } = use(loadScene(id));
  // A fresh staging each time the scene is staged (each visit mounts this anew).
  const [{ director, View }] = useState(stage);
  const framesDrawn = useRef(0);
  const compiled = useCompiled(id);

  useLayoutEffect(() => {
    runtime.config = config;
    runtime.world = worldColliderFor(config.colliders);
    sceneClock.reset();
    // Staying in the same place (the construct standing in, then being the scene) keeps the pose;
    // a new scene, or a fresh arrival (start, continue, a jump), begins at the spawn.
    const { staged, visit } = salvageStore.getState();
    if (staged !== id || runtime.stagedVisit !== visit) {
      runtime.stagedVisit = visit;
      placePlayer(playerPose, config.spawn.position, config.spawn.yaw);
      salvageStore.getState().stage(id);
    }
  }, [config, id]);

  // The director follows the story while the scene stands, and the frame loop steps it.
  useEffect(() => {
    if (!director) return;
    runtime.director = director;
    const stop = director.follow();
    return () => {
      stop();
      if (runtime.director === director) runtime.director = null;
    };
  }, [director]);

  useFrame(() => {
    // Frames count once every program the scene holds is compiled (hidden parts included); from
    // the second callback on, a frame of this scene has been rendered.
    if (!compiled.current) return;
    if (framesDrawn.current < 2) framesDrawn.current += 1;
    if (framesDrawn.current < 2) return;
    const state = salvageStore.getState();
    if (!state.ready) state.markReady();
    if (state.story.scene === id && !state.story.arrived) state.dispatch({ type: 'arrive', scene: id });
  });

  return <View />;
}
