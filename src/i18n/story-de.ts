import type { StoryText } from '../story/text-types';
import around from '../../assets/story/de/around.json';
import beach from '../../assets/story/de/beach.json';
import common from '../../assets/story/de/common.json';
import construct from '../../assets/story/de/construct.json';
import corridor from '../../assets/story/de/corridor.json';
import endings from '../../assets/story/de/endings.json';
import interlude from '../../assets/story/de/interlude.json';
import items from '../../assets/story/de/items.json';
import plaza from '../../assets/story/de/plaza.json';
import title from '../../assets/story/de/title.json';

/** The story's words in German, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
