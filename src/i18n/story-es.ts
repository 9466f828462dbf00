import type { StoryText } from '../story/text-types';
import around from '../../assets/story/es/around.json';
import beach from '../../assets/story/es/beach.json';
import common from '../../assets/story/es/common.json';
import construct from '../../assets/story/es/construct.json';
import corridor from '../../assets/story/es/corridor.json';
import endings from '../../assets/story/es/endings.json';
import interlude from '../../assets/story/es/interlude.json';
import items from '../../assets/story/es/items.json';
import plaza from '../../assets/story/es/plaza.json';
import title from '../../assets/story/es/title.json';

/** The story's words in Spanish, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
