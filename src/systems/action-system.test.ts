import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { ActionSpot } from '../scenes/types';
import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { availableAction } from './action-system';

const DOOR: ActionSpot = { action: 'plaza.open-door', label: 'Open the door', center: [0, 1, -40], size: [3, 3, 3] };
const inPlaza: StoryState = { ...INITIAL_STORY_STATE, mode: 'explore', scene: 'plaza', arrived: true, seen: ['plaza.arrival'] };

describe('action prompts', () => {
  it('offers the door to a player standing at it, once the story awaits it', () => {
    expect(availableAction(storyIndex, inPlaza, new Vector3(0, 0, -40), [DOOR])).toBe(DOOR);
  });

  it('offers nothing away from the spot', () => {
    expect(availableAction(storyIndex, inPlaza, new Vector3(0, 0, -30), [DOOR])).toBeNull();
  });

  it('offers nothing while a beat plays, or before the story awaits the action', () => {
    expect(availableAction(storyIndex, { ...inPlaza, beat: 'plaza.arrival' }, new Vector3(0, 0, -40), [DOOR])).toBeNull();
    expect(availableAction(storyIndex, { ...inPlaza, seen: [] }, new Vector3(0, 0, -40), [DOOR])).toBeNull();
  });

  it('offers nothing once the action has been taken', () => {
    expect(availableAction(storyIndex, { ...inPlaza, seen: ['plaza.arrival', 'plaza.door'] }, new Vector3(0, 0, -40), [DOOR])).toBeNull();
  });
});
