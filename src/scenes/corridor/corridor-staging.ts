import type { StoryState } from '../../story/machine';
import type { ScriptIndex } from '../../story/script-index';
import { cuesSoFar, latestCue } from '../../story/cues';
import type { BeatId } from '../../story/types';

export type SmithPose = 'against-door' | 'leaning' | 'looking-up' | 'retreated' | 'stepped-out' | 'facing-neo' | 'holding-wrist';
export type HandPose = 'hidden' | 'both' | 'red' | 'blue' | 'lowered';

const SMITH_CUES: Record<string, SmithPose> = {
  'smith-leans': 'leaning',
  'smith-looks-up': 'looking-up',
  'smith-retreats': 'retreated',
  'smith-steps-out': 'stepped-out',
  'smith-faces-neo': 'facing-neo',
  'smith-takes-wrist': 'holding-wrist',
};
const HAND_CUES: Record<string, HandPose> = { 'show-pills': 'both', 'hold-red': 'red', 'hold-blue': 'blue', 'lower-hand': 'lowered' };

/**
 * The exchange's line at which Smith takes the red pill from the open hand (after "the red one,
 * the blue one. It doesn't mean anything now."): the story has it gone from Neo's things from the
 * beat's start; on screen it lies in his palm until Smith takes it.
 */
export const TAKES_RED_AT_LINE = 2;

/** How decayed the corridor is after each beat: it at least doubles from arrival to the end. */
export const ARRIVAL_DECAY = 0.38;
const DECAY_AFTER: Partial<Record<BeatId, number>> = {
  'corridor.arrival': 0.38,
  'corridor.greeting': 0.42,
  'corridor.why': 0.47,
  'corridor.other-door': 0.52,
  'corridor.offer': 0.56,
  'corridor.red': 0.61,
  'corridor.blue-first': 0.62,
  'corridor.red-second': 0.66,
  'corridor.blue': 0.68,
  'corridor.question': 0.73,
  'corridor.exchange': 0.82,
  'corridor.forgotten': 0.95,
  'corridor.walk-away': 0.9,
};

/** What the corridor's views stage for a story state: derived, never stored. */
export interface CorridorStaging {
  smith: SmithPose;
  /** Identifies the moment Smith's pose was cued, so a view can ease from the previous one. */
  smithCueOrder: number;
  hand: HandPose;
  decay: number;
  /** The blackout cue's order, if it has been taken. */
  blackoutOrder: number | null;
  lightsDie: boolean;
  /** Smith has taken (or is taking) the red pill from Neo's palm. */
  redTaken: boolean;
}

export function corridorStaging(index: ScriptIndex, story: StoryState): CorridorStaging {
  const marks = cuesSoFar(index, story, 'corridor');
  const smith = latestCue(marks, Object.keys(SMITH_CUES));
  const hand = latestCue(marks, Object.keys(HAND_CUES));
  const blackout = latestCue(marks, ['blackout']);
  const inConversation = story.beat !== null && story.beat !== 'corridor.arrival';
  const decay = story.seen.reduce((level, beat) => Math.max(level, DECAY_AFTER[beat] ?? 0), ARRIVAL_DECAY);
  return {
    smith: smith ? SMITH_CUES[smith.cue]! : 'against-door',
    smithCueOrder: smith?.order ?? 0,
    hand: hand && inConversation ? HAND_CUES[hand.cue]! : 'hidden',
    decay,
    blackoutOrder: blackout?.order ?? null,
    lightsDie: marks.some((m) => m.cue === 'lights-die'),
    redTaken: story.beat === 'corridor.exchange' && story.line >= TAKES_RED_AT_LINE,
  };
}
