import type { StoryText } from '../story/text-types';
import around from '../../assets/story/fr/around.json';
import beach from '../../assets/story/fr/beach.json';
import common from '../../assets/story/fr/common.json';
import construct from '../../assets/story/fr/construct.json';
import corridor from '../../assets/story/fr/corridor.json';
import endings from '../../assets/story/fr/endings.json';
import interlude from '../../assets/story/fr/interlude.json';
import items from '../../assets/story/fr/items.json';
import plaza from '../../assets/story/fr/plaza.json';
import title from '../../assets/story/fr/title.json';

/** The story's words in French, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
