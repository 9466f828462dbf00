import { salvageStore } from '../../store/app-store';
import { storyIndex } from '../../story/story-index';

/** Whether the line shown now is this speaker's (their mouth moves while it is). */
export function isSpeaking(speaker: string): boolean {
  const { story } = salvageStore.getState();
  if (!story.beat) return false;
  return storyIndex.beat(story.beat)?.lines[story.line]?.speaker === speaker;
}
