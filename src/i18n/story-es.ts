import type { StoryText } from '../story/text-types';
import around from '../../assets/story/es/around.json' with { type: 'json' };
import beach from '../../assets/story/es/beach.json' with { type: 'json' };
import common from '../../assets/story/es/common.json' with { type: 'json' };
import construct from '../../assets/story/es/construct.json' with { type: 'json' };
import corridor from '../../assets/story/es/corridor.json' with { type: 'json' };
import endings from '../../assets/story/es/endings.json' with { type: 'json' };
import interlude from '../../assets/story/es/interlude.json' with { type: 'json' };
import items from '../../assets/story/es/items.json' with { type: 'json' };
import plaza from '../../assets/story/es/plaza.json' with { type: 'json' };
import title from '../../assets/story/es/title.json' with { type: 'json' };

/** The story's words in Spanish, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
