import type { StoryText } from '../story/text-types';
import beach from '../../assets/story/en/beach.json';
import common from '../../assets/story/en/common.json';
import construct from '../../assets/story/en/construct.json';
import corridor from '../../assets/story/en/corridor.json';
import endings from '../../assets/story/en/endings.json';
import interlude from '../../assets/story/en/interlude.json';
import items from '../../assets/story/en/items.json';
import plaza from '../../assets/story/en/plaza.json';
import title from '../../assets/story/en/title.json';

/**
 * The story's words in English, as the build bundled them (checked by text-compiler.ts). The words
 * around the player (around.json) are in story-en-around.ts, loaded with the walk.
 */
export const ENGLISH_STORY_TEXT: Omit<StoryText, 'around'> = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
} as unknown as Omit<StoryText, 'around'>;
