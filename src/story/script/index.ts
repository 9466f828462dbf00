import type { StoryScript } from '../types';
import { beachScript } from './beach';
import { constructScript } from './construct';
import { corridorScript } from './corridor';
import { endings } from './endings';
import { interludeScript } from './interlude';
import { items } from './items';
import { plazaScript } from './plaza';
import { titleScript } from './title';

/** The whole story as data, scenes in story order. */
export const storyScript: StoryScript = {
  scenes: [titleScript, constructScript, plazaScript, corridorScript, interludeScript, beachScript],
  endings,
  items,
  firstScene: 'construct',
};
