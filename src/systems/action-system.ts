import { t } from '../i18n/ui-text';
import type { Vector3 } from 'three';
import type { ActionSpot } from '../scenes/types';
import { isChoosing, isTriggerOpen, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { isInBox } from './zone-system';

/** The deed on offer where the player stands; `waiting` while a line plays that must be read first. */
export interface OfferedAction {
  spot: ActionSpot;
  waiting: boolean;
}

/**
 * The action prompt to show: the first spot the player stands in whose action the story awaits,
 * or will await once the line on screen is read (then the prompt says so, and E reads on:
 * a press is never lost in silence). Nothing while choices are offered or the walk has ended.
 */
export function availableAction(index: ScriptIndex, story: StoryState, position: Vector3, spots: readonly ActionSpot[]): OfferedAction | null {
  if (!story.arrived || story.ending || isChoosing(index, story)) return null;
  const triggers = index.triggers(story.scene);
  for (const spot of spots) {
    if (!isInBox(position, spot)) continue;
    const awaited = triggers.some((t) => t.on.type === 'action' && t.on.action === spot.action && isTriggerOpen(story, t));
    if (awaited) return { spot, waiting: story.beat !== null };
  }
  return null;
}

/** What the prompt says: the deed, or, while a line plays, that reading on leads to it. */
export function promptLabel(offered: OfferedAction): string {
  const { label } = offered.spot;
  return offered.waiting ? t('prompt.readOnTo', { action: `${label.charAt(0).toLowerCase()}${label.slice(1)}` }) : label;
}
