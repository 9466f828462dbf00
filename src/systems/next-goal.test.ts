import { describe, expect, it } from 'vitest';
import { corridorConfig } from '../scenes/corridor/config';
import { plazaConfig } from '../scenes/plaza/config';
import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { nextGoal } from './next-goal';

const free = (scene: StoryState['scene'], seen: StoryState['seen']): StoryState => ({ ...INITIAL_STORY_STATE, mode: 'explore', scene, seen, arrived: true, beat: null });

describe('where the story goes next (the sound beacon)', () => {
  it('in the corridor, once arrived, leads to Smith', () => {
    const goal = nextGoal(storyIndex, free('corridor', ['corridor.arrival']), corridorConfig);
    expect(goal).toEqual(corridorConfig.zones.find((z) => z.id === 'corridor.smith')!.center);
  });

  it('in the plaza leads into the rain first, then to the building that stands', () => {
    const first = nextGoal(storyIndex, free('plaza', ['plaza.arrival', 'plaza.phone-gone']), plazaConfig);
    expect(first).toEqual(plazaConfig.zones.find((z) => z.id === 'plaza.rain')!.center);
    const then = nextGoal(storyIndex, free('plaza', ['plaza.arrival', 'plaza.phone-gone', 'plaza.into-the-rain']), plazaConfig);
    expect(then).toEqual(plazaConfig.zones.find((z) => z.id === 'plaza.constant-building')!.center);
  });

  it('is silent while a beat plays', () => {
    expect(nextGoal(storyIndex, { ...free('corridor', []), beat: 'corridor.arrival' }, corridorConfig)).toBeNull();
  });
});
