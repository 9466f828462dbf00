import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { ActionSpot } from '../scenes/types';
import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { availableAction, promptLabel } from './action-system';

const DOOR: ActionSpot = { action: 'plaza.open-door', label: 'Open the door', center: [0, 1, -40], size: [3, 3, 3] };
const inPlaza: StoryState = { ...INITIAL_STORY_STATE, mode: 'explore', scene: 'plaza', arrived: true, seen: ['plaza.arrival'] };
const AT_DOOR = new Vector3(0, 0, -40);

describe('action prompts', () => {
  it('offers the door to a player standing at it, once the story awaits it', () => {
    const offered = availableAction(storyIndex, inPlaza, AT_DOOR, [DOOR]);
    expect(offered).toEqual({ spot: DOOR, waiting: false });
    expect(promptLabel(offered!)).toBe('Open the door');
  });

  it('offers nothing away from the spot', () => {
    expect(availableAction(storyIndex, inPlaza, new Vector3(0, 0, -30), [DOOR])).toBeNull();
  });

  it('while a line plays, says that reading on leads to the door', () => {
    const reading: StoryState = { ...inPlaza, beat: 'plaza.constant-building', seen: ['plaza.arrival', 'plaza.constant-building'] };
    const offered = availableAction(storyIndex, reading, AT_DOOR, [DOOR]);
    expect(offered).toEqual({ spot: DOOR, waiting: true });
    expect(promptLabel(offered!)).toBe('Read on to open the door');
  });

  it('offers nothing before the story awaits the action, or once it has been taken', () => {
    expect(availableAction(storyIndex, { ...inPlaza, seen: [] }, AT_DOOR, [DOOR])).toBeNull();
    expect(availableAction(storyIndex, { ...inPlaza, seen: ['plaza.arrival', 'plaza.door'] }, AT_DOOR, [DOOR])).toBeNull();
  });

  it('offers nothing while choices are up, or after the ending', () => {
    // A beat with choices on its last line, while the door is otherwise awaited.
    const offer = storyIndex.beat('corridor.offer')!;
    const choosing: StoryState = { ...inPlaza, beat: offer.id, line: offer.lines.length - 1 };
    expect(availableAction(storyIndex, { ...choosing, line: 0 }, AT_DOOR, [DOOR])).toMatchObject({ waiting: true });
    expect(availableAction(storyIndex, choosing, AT_DOOR, [DOOR])).toBeNull();
    expect(availableAction(storyIndex, { ...inPlaza, ending: 'found' }, AT_DOOR, [DOOR])).toBeNull();
  });
});
