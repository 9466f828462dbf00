import type { StoryText } from '../story/text-types';
import beach from '../../assets/story/en/beach.json' with { type: 'json' };
import common from '../../assets/story/en/common.json' with { type: 'json' };
import construct from '../../assets/story/en/construct.json' with { type: 'json' };
import corridor from '../../assets/story/en/corridor.json' with { type: 'json' };
import endings from '../../assets/story/en/endings.json' with { type: 'json' };
import interlude from '../../assets/story/en/interlude.json' with { type: 'json' };
import items from '../../assets/story/en/items.json' with { type: 'json' };
import plaza from '../../assets/story/en/plaza.json' with { type: 'json' };
import title from '../../assets/story/en/title.json' with { type: 'json' };

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
