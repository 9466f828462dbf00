import { isChoosing } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { Choice, Line } from '../story/types';
import type { SalvageState } from './types';

export const selectMode = (s: SalvageState) => s.story.mode;
export const selectScene = (s: SalvageState) => s.story.scene;
export const selectEnding = (s: SalvageState) => s.story.ending;
export const selectSettings = (s: SalvageState) => s.settings;
export const selectPanel = (s: SalvageState) => s.panel;
export const selectNotices = (s: SalvageState) => s.notices;
export const selectInventory = (s: SalvageState) => s.story.inventory;

/** The line on screen, or null between beats. */
export function selectLine(index: ScriptIndex) {
  return (s: SalvageState): Line | null => {
    const beat = s.story.beat && index.beat(s.story.beat);
    return beat?.lines[s.story.line] ?? null;
  };
}

const NO_CHOICES: readonly Choice[] = [];

/** The choices offered now (only after the beat's last line). Stable when none. */
export function selectChoices(index: ScriptIndex) {
  return (s: SalvageState): readonly Choice[] => {
    if (!isChoosing(index, s.story)) return NO_CHOICES;
    return (s.story.beat && index.beat(s.story.beat)?.choices) || NO_CHOICES;
  };
}
