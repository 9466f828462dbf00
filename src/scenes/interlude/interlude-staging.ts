import { cuesSoFar } from '../../story/cues';
import type { StoryState } from '../../story/machine';
import type { ScriptIndex } from '../../story/script-index';

export const INTERLUDE_CUES = ['crane-lifts', 'kneel', 'chip-given', 'michael-leaves', 'night'] as const;
export type InterludeCue = (typeof INTERLUDE_CUES)[number];

/** Which of the interlude's cues have been taken: derived from the script, never stored. */
export function interludeStaging(index: ScriptIndex, story: StoryState): Record<InterludeCue, boolean> {
  const cues = new Set(cuesSoFar(index, story, 'interlude').map((m) => m.cue));
  return Object.fromEntries(INTERLUDE_CUES.map((cue) => [cue, cues.has(cue)])) as Record<InterludeCue, boolean>;
}
