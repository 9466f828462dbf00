import type { Language } from '../i18n/languages';
import { isChoosing, isTriggerOpen, type StoryEvent, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';

/** Reading pace: a line stays `READING_BASE + characters / READING_RATES[language]` seconds. */
export const READING_BASE = 1.5;
/**
 * Characters read per second, per language: the same thought takes more letters in French and
 * German than in English, and their longer words read a little slower too.
 */
export const READING_RATES: Record<Language, number> = { en: 16, es: 15, fr: 15, de: 14 };
export const READING_RATE = READING_RATES.en;
/** The longest a line may stay up on the tour: the text compiler holds every language to it. */
export const MAX_LINE_SECONDS = 10;
/** Once the choices are up (and their line read), the viewer has this long before the tour chooses. */
export const CHOICE_WAIT = 8;
/** A quiet moment before each narration caption. */
export const CAPTION_GAP = 1.2;

/**
 * What the tour's own clocks are timing, in tour seconds (real seconds times the tour's speed;
 * they stand still while the tour is paused).
 */
export interface DirectorClock {
  /** The line being read, as `beat:line`, or '' between beats. */
  line: string;
  lineSeconds: number;
  /** The narration caption the tour is at, and how long since its gap began. */
  caption: number;
  captionSeconds: number;
}

export function newDirectorClock(): DirectorClock {
  return { line: '', lineSeconds: 0, caption: 0, captionSeconds: 0 };
}

/** Seconds a line or caption stays up on the tour. */
export function readingSeconds(text: string, language: Language = 'en'): number {
  return READING_BASE + text.length / READING_RATES[language];
}

/**
 * What the tour says to the story after `seconds` more of tour time: read on once the line has
 * been up long enough; after the choice wait, take the choice marked canonical. Null otherwise.
 */
export function dialogueEvent(index: ScriptIndex, story: StoryState, clock: DirectorClock, seconds: number, language: Language = 'en'): StoryEvent | null {
  const beat = story.beat && !story.ending ? index.beat(story.beat) : undefined;
  const line = beat?.lines[story.line];
  if (!beat || !line) {
    clock.line = '';
    return null;
  }
  const key = `${beat.id}:${story.line}`;
  if (clock.line !== key) {
    clock.line = key;
    clock.lineSeconds = 0;
  }
  clock.lineSeconds += seconds;
  if (!isChoosing(index, story)) return clock.lineSeconds >= readingSeconds(line.text, language) ? { type: 'advance' } : null;
  if (clock.lineSeconds < readingSeconds(line.text, language) + CHOICE_WAIT) return null;
  const choice = beat.choices?.find((c) => c.canonical) ?? beat.choices?.[0];
  return choice ? { type: 'choose', choice: choice.id } : null;
}

/** Whether the story leaves the viewer free to move on: arrived, and no beat playing. */
export function isStoryFree(story: StoryState): boolean {
  return story.arrived && story.beat === null && !story.ending;
}

/**
 * When the tour has nowhere left to go in a scene, it keeps the story moving: a visitor on a
 * tour cannot press E, so the tour takes the first action the story awaits.
 */
export function awaitedAction(index: ScriptIndex, story: StoryState): StoryEvent | null {
  if (!isStoryFree(story)) return null;
  const trigger = index.triggers(story.scene).find((t) => t.on.type === 'action' && isTriggerOpen(story, t));
  return trigger?.on.type === 'action' ? { type: 'act', action: trigger.on.action } : null;
}

/**
 * The scene's narration caption to show between beats, after `seconds` more of tour time: one
 * by one, each after a short gap, each up for its reading time; none while a beat plays.
 */
export function narrationCaption(narration: readonly string[], story: StoryState, clock: DirectorClock, seconds: number, language: Language = 'en'): string | null {
  if (!isStoryFree(story)) return null;
  let left = seconds;
  while (clock.caption < narration.length) {
    const span = CAPTION_GAP + readingSeconds(narration[clock.caption]!, language);
    if (clock.captionSeconds + left < span) {
      clock.captionSeconds += left;
      break;
    }
    left -= span - clock.captionSeconds;
    clock.caption += 1;
    clock.captionSeconds = 0;
  }
  const text = narration[clock.caption];
  return text !== undefined && clock.captionSeconds >= CAPTION_GAP ? text : null;
}
