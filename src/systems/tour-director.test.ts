import { describe, expect, it } from 'vitest';
import { INITIAL_STORY_STATE, stepStory, type StoryState } from '../story/machine';
import { FIXTURE_INDEX } from '../story/test-fixture';
import { storyIndex } from '../story/story-index';
import { awaitedAction, CAPTION_GAP, CHOICE_WAIT, dialogueEvent, narrationCaption, newDirectorClock, readingSeconds } from './tour-director';

const atBeat = (beat: StoryState['beat'], line = 0): StoryState => ({
  ...INITIAL_STORY_STATE,
  mode: 'tour',
  scene: beat ? FIXTURE_INDEX.sceneOf(beat) : 'construct',
  arrived: true,
  beat,
  line,
  seen: beat ? [beat] : [],
});

/** Feeds the director time in steps until it asks for something; returns when, and what. */
function runUntilEvent(story: StoryState, clock = newDirectorClock(), step = 0.1, limit = 60) {
  for (let t = step; t <= limit; t += step) {
    const event = dialogueEvent(FIXTURE_INDEX, story, clock, step);
    if (event) return { at: t, event };
  }
  return null;
}

describe('reading pace', () => {
  it('gives longer lines more time', () => {
    expect(readingSeconds('Again.')).toBeLessThan(readingSeconds('White, all around him. Somewhere, the clicking of keys.'));
    expect(readingSeconds('')).toBeGreaterThan(1);
  });

  it('reads on once the line has been up its reading time, not before', () => {
    const story = atBeat('construct.wake');
    const result = runUntilEvent(story);
    expect(result?.event).toEqual({ type: 'advance' });
    // Within one step of the reading time (the steps are 0.1 s).
    expect(result!.at).toBeGreaterThanOrEqual(readingSeconds('White, everywhere.') - 1e-9);
    expect(result!.at).toBeLessThan(readingSeconds('White, everywhere.') + 0.1);
  });

  it('starts timing afresh for each line, also when the viewer reads on by hand', () => {
    const clock = newDirectorClock();
    const first = atBeat('construct.wake', 0);
    dialogueEvent(FIXTURE_INDEX, first, clock, readingSeconds('White, everywhere.') - 0.2);
    const second = stepStory(FIXTURE_INDEX, first, { type: 'advance' });
    expect(dialogueEvent(FIXTURE_INDEX, second, clock, 0.5)).toBeNull();
    expect(runUntilEvent(second, clock)!.at).toBeGreaterThanOrEqual(readingSeconds('Again.') - 0.5 - 1e-9);
  });

  it('stands still while no time passes (the tour is paused)', () => {
    const clock = newDirectorClock();
    for (let i = 0; i < 1000; i += 1) expect(dialogueEvent(FIXTURE_INDEX, atBeat('construct.wake'), clock, 0)).toBeNull();
  });

  it('asks nothing between beats, or after an ending', () => {
    expect(runUntilEvent(atBeat(null))).toBeNull();
    expect(runUntilEvent({ ...atBeat('construct.wake'), ending: 'found' })).toBeNull();
  });
});

describe('choices on the tour', () => {
  const choosing = atBeat('corridor.offer', 2);

  it('waits for the viewer, then takes the choice marked canonical', () => {
    const result = runUntilEvent(choosing);
    expect(result?.event).toEqual({ type: 'choose', choice: 'take' });
    expect(result!.at).toBeGreaterThanOrEqual(readingSeconds('...') + CHOICE_WAIT - 1e-9);
    expect(result!.at).toBeLessThan(readingSeconds('...') + CHOICE_WAIT + 0.1);
  });

  it('a choice the viewer makes in time is the one that counts', () => {
    const clock = newDirectorClock();
    expect(dialogueEvent(FIXTURE_INDEX, choosing, clock, CHOICE_WAIT / 2)).toBeNull();
    const chosen = stepStory(FIXTURE_INDEX, choosing, { type: 'choose', choice: 'refuse' });
    expect(chosen.beat).toBe('corridor.refused');
    // The tour goes on reading the beat the viewer chose; it never chooses over them.
    expect(runUntilEvent(chosen, clock)?.event).toEqual({ type: 'advance' });
  });
});

describe('keeping the story moving', () => {
  it('takes the action the story awaits when the path has run out', () => {
    const free = { ...atBeat(null), seen: ['construct.wake', 'construct.mirror'] } satisfies StoryState;
    expect(awaitedAction(FIXTURE_INDEX, free as StoryState)).toEqual({ type: 'act', action: 'construct.door' });
  });

  it('takes no action before the story awaits one, or while a beat plays', () => {
    expect(awaitedAction(FIXTURE_INDEX, { ...atBeat(null), seen: ['construct.wake'] })).toBeNull();
    expect(awaitedAction(FIXTURE_INDEX, atBeat('construct.wake'))).toBeNull();
    expect(awaitedAction(FIXTURE_INDEX, { ...atBeat(null), arrived: false })).toBeNull();
  });

  it('opens the door in the real plaza', () => {
    const plaza: StoryState = { ...INITIAL_STORY_STATE, mode: 'tour', scene: 'plaza', arrived: true, seen: ['plaza.arrival'] };
    expect(awaitedAction(storyIndex, plaza)).toEqual({ type: 'act', action: 'plaza.open-door' });
  });
});

describe('narration captions', () => {
  const narration = ['One.', 'Two, a little longer.'];

  function captionsOver(seconds: number, story = atBeat(null), clock = newDirectorClock(), step = 0.1) {
    const shown: (string | null)[] = [];
    for (let t = 0; t < seconds; t += step) {
      const caption = narrationCaption(narration, story, clock, step);
      if (shown.at(-1) !== caption) shown.push(caption);
    }
    return shown;
  }

  it('come one by one between beats, each after a quiet moment, then stop', () => {
    expect(captionsOver(30)).toEqual([null, 'One.', null, 'Two, a little longer.', null]);
  });

  it('each stays up for its reading time', () => {
    const clock = newDirectorClock();
    expect(narrationCaption(narration, atBeat(null), clock, CAPTION_GAP + 0.01)).toBe('One.');
    expect(narrationCaption(narration, atBeat(null), clock, readingSeconds('One.') - 0.1)).toBe('One.');
    expect(narrationCaption(narration, atBeat(null), clock, 0.2)).toBeNull();
  });

  it('give way to a beat, and go on where they were after it', () => {
    const clock = newDirectorClock();
    narrationCaption(narration, atBeat(null), clock, CAPTION_GAP + 0.5);
    expect(captionsOver(10, atBeat('construct.wake'), clock)).toEqual([null]);
    expect(narrationCaption(narration, atBeat(null), clock, 0)).toBe('One.');
  });

  it('a big step of time does not skip a caption silently past its end', () => {
    const clock = newDirectorClock();
    expect(narrationCaption(narration, atBeat(null), clock, CAPTION_GAP + readingSeconds('One.') + CAPTION_GAP + 0.1)).toBe('Two, a little longer.');
    expect(clock.caption).toBe(1);
  });
});
