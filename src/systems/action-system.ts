import type { Vector3 } from 'three';
import type { ActionSpot } from '../scenes/types';
import { isTriggerOpen, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { isInZone } from './zone-system';

/** The action prompt to show: the first spot the player stands in whose action the story awaits. */
export function availableAction(index: ScriptIndex, story: StoryState, position: Vector3, spots: readonly ActionSpot[]): ActionSpot | null {
  if (!story.arrived || story.beat !== null || story.ending) return null;
  const triggers = index.triggers(story.scene);
  for (const spot of spots) {
    if (!isInZone(position, { ...spot, id: spot.action })) continue;
    const awaited = triggers.some((t) => t.on.type === 'action' && t.on.action === spot.action && isTriggerOpen(story, t));
    if (awaited) return spot;
  }
  return null;
}
