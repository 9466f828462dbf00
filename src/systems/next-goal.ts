import type { SceneConfig, Vec3 } from '../scenes/types';
import { isTriggerOpen, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';

/** An action spot this wide is the whole place (will the white away): no one point to lead to. */
const WHOLE_PLACE_METRES = 20;

/**
 * Where the story goes next from here, for the sound beacon: the first place the script waits
 * for the player to reach, or the first deed it waits for, in script order. Null while a beat
 * plays, after an ending, or where the story waits on nothing the player walks to.
 */
export function nextGoal(index: ScriptIndex, story: StoryState, config: SceneConfig): Vec3 | null {
  if (story.beat !== null || story.ending || !story.arrived || config.id !== story.scene) return null;
  for (const trigger of index.triggers(story.scene)) {
    if (!isTriggerOpen(story, trigger)) continue;
    const on = trigger.on;
    if (on.type === 'reach' || on.type === 'enter') {
      const zone = config.zones.find((z) => z.id === on.zone);
      if (zone) return zone.center;
    }
    if (on.type === 'action') {
      const spot = config.actions.find((a) => a.action === on.action);
      if (spot && Math.max(spot.size[0], spot.size[2]) < WHOLE_PLACE_METRES) return spot.center;
    }
  }
  return null;
}
