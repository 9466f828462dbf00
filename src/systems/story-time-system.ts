import { isTriggerOpen, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';

/**
 * The story hears about time only when a timed trigger of the scene falls due, never every
 * frame: returns the seconds to tick the machine by, or 0.
 */
export function dueStoryTick(index: ScriptIndex, story: StoryState, sceneSeconds: number): number {
  if (!story.arrived || story.beat !== null || story.ending) return 0;
  const due = index.triggers(story.scene).some((t) => t.on.type === 'time' && t.on.at <= sceneSeconds && isTriggerOpen(story, t));
  return due ? Math.max(sceneSeconds - story.clock, 0.001) : 0;
}
