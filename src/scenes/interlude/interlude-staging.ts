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

/**
 * Whether Sparks has named Ghost's old room (his last line of the night shift, "over there in our
 * storage room"): from then on its lamp is on. Found in the script, not by its words.
 */
export function ghostRoomNamed(index: ScriptIndex, story: StoryState): boolean {
  const beat = index.beat('interlude.night-shift');
  if (!beat || !story.seen.includes(beat.id)) return false;
  if (story.beat !== beat.id) return story.scene === 'interlude';
  let named = -1;
  beat.lines.forEach((line, i) => {
    if (line.speaker === 'sparks') named = i;
  });
  return named >= 0 && story.line >= named;
}
