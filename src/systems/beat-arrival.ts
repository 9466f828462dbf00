import { placePlayer, type PlayerPose } from '../player/pose';
import type { SceneConfig } from '../scenes/types';
import type { StoryState } from '../story/machine';

/**
 * A deep link or a jump to a beat arrives where that beat is meant to be seen, not at the scene's
 * spawn: once per fresh arrival (a new visit), when the staged scene is the story's and the story
 * stands at one of its beat views, the player is placed there. Walking on into a scene, within
 * the same visit, changes nothing. Returns the visit now dealt with (`placedVisit` when the
 * scene standing is not yet the story's, so the arrival waits for it).
 */
export function arriveAtBeatView(config: SceneConfig, story: StoryState, visit: number, placedVisit: number, pose: PlayerPose): number {
  if (placedVisit === visit || config.id !== story.scene) return placedVisit;
  const view = story.beat ? config.beatViews?.[story.beat] : undefined;
  if (view) {
    placePlayer(pose, view.position, view.yaw);
    pose.pitch = view.pitch ?? 0;
  }
  return visit;
}
