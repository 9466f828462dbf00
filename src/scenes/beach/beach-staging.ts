import { cuesSoFar } from '../../story/cues';
import type { StoryState } from '../../story/machine';
import type { ScriptIndex } from '../../story/script-index';

/** What the beach stages for a story state: derived from the script's cues, never stored. */
export interface BeachStaging {
  /** The white has given way (or is giving way) to the beach. */
  painted: boolean;
  /** Smith has touched Neo's arm and stands beside him. */
  smith: boolean;
  glassesOff: boolean;
  /** Smith leans in to whisper. */
  whisper: boolean;
}

export function beachStaging(index: ScriptIndex, story: StoryState): BeachStaging {
  const cues = new Set(cuesSoFar(index, story, 'beach').map((m) => m.cue));
  return {
    painted: cues.has('white-gives-way'),
    smith: cues.has('smith-touch'),
    glassesOff: cues.has('glasses-off'),
    whisper: cues.has('whisper'),
  };
}
