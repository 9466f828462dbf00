import type { StoryText } from '../story/text-types';
import around from '../../assets/story/de/around.json' with { type: 'json' };
import beach from '../../assets/story/de/beach.json' with { type: 'json' };
import common from '../../assets/story/de/common.json' with { type: 'json' };
import construct from '../../assets/story/de/construct.json' with { type: 'json' };
import corridor from '../../assets/story/de/corridor.json' with { type: 'json' };
import endings from '../../assets/story/de/endings.json' with { type: 'json' };
import interlude from '../../assets/story/de/interlude.json' with { type: 'json' };
import items from '../../assets/story/de/items.json' with { type: 'json' };
import plaza from '../../assets/story/de/plaza.json' with { type: 'json' };
import title from '../../assets/story/de/title.json' with { type: 'json' };

/** The story's words in German, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
