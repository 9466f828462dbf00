import type { StoryShape } from '../types';
import { beachShape } from './beach';
import { constructShape } from './construct';
import { corridorShape } from './corridor';
import { interludeShape } from './interlude';
import { plazaShape } from './plaza';
import { titleShape } from './title';

/**
 * The whole story's structure, scenes in story order: beats, speakers, triggers, cues, choices.
 * No words: those are in `assets/story/<lang>/` (endings and items are named by their ids).
 */
export const storyShape: StoryShape = {
  scenes: [titleShape, constructShape, plazaShape, corridorShape, interludeShape, beachShape],
  firstScene: 'construct',
};
