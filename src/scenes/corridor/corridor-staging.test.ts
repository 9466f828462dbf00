import { describe, expect, it } from 'vitest';
import { stateAtBeat } from '../../story/deep-link';
import { stepStory, type StoryState } from '../../story/machine';
import { storyIndex } from '../../story/story-index';
import type { BeatId } from '../../story/types';
import { ARRIVAL_DECAY, corridorStaging } from './corridor-staging';

function at(beat: BeatId, line = 0): StoryState {
  let state = stateAtBeat(storyIndex, beat)!;
  for (let i = 0; i < line; i += 1) state = stepStory(storyIndex, state, { type: 'advance' });
  return state;
}

function lineWithCue(beat: BeatId, cue: string): number {
  return storyIndex.beat(beat)!.lines.findIndex((l) => l.cue === cue);
}

describe('corridor staging from the story', () => {
  it('Smith waits against his door until the script moves him', () => {
    expect(corridorStaging(storyIndex, at('corridor.greeting')).smith).toBe('against-door');
    expect(corridorStaging(storyIndex, at('corridor.why', lineWithCue('corridor.why', 'smith-leans'))).smith).toBe('leaning');
  });

  it('he retreats from the red pill, and the blue one brings the blackout', () => {
    const red = at('corridor.red', lineWithCue('corridor.red', 'smith-retreats'));
    expect(corridorStaging(storyIndex, red)).toMatchObject({ smith: 'retreated', hand: 'red', blackoutOrder: null });
    const blue = at('corridor.blue', lineWithCue('corridor.blue', 'blackout'));
    expect(corridorStaging(storyIndex, blue).blackoutOrder).not.toBeNull();
    expect(corridorStaging(storyIndex, blue).hand).toBe('blue');
  });

  it('the hand is empty while Neo walks, and shows both pills at the choice', () => {
    expect(corridorStaging(storyIndex, at('corridor.arrival')).hand).toBe('hidden');
    const offer = at('corridor.offer', storyIndex.beat('corridor.offer')!.lines.length - 1);
    expect(corridorStaging(storyIndex, offer).hand).toBe('both');
  });

  it('the walls are at least twice as decayed at the exchange as on arrival', () => {
    const arrival = corridorStaging(storyIndex, at('corridor.arrival')).decay;
    const end = corridorStaging(storyIndex, at('corridor.exchange')).decay;
    expect(arrival).toBe(ARRIVAL_DECAY);
    expect(end).toBeGreaterThanOrEqual(2 * arrival);
  });

  it('the lights die only on the forgotten path', () => {
    const forgotten = at('corridor.forgotten', lineWithCue('corridor.forgotten', 'lights-die'));
    expect(corridorStaging(storyIndex, forgotten).lightsDie).toBe(true);
    expect(corridorStaging(storyIndex, at('corridor.exchange', 5)).lightsDie).toBe(false);
  });
});
