import type { StoryText } from '../story/text-types';
import around from '../../assets/story/fr/around.json' with { type: 'json' };
import beach from '../../assets/story/fr/beach.json' with { type: 'json' };
import common from '../../assets/story/fr/common.json' with { type: 'json' };
import construct from '../../assets/story/fr/construct.json' with { type: 'json' };
import corridor from '../../assets/story/fr/corridor.json' with { type: 'json' };
import endings from '../../assets/story/fr/endings.json' with { type: 'json' };
import interlude from '../../assets/story/fr/interlude.json' with { type: 'json' };
import items from '../../assets/story/fr/items.json' with { type: 'json' };
import plaza from '../../assets/story/fr/plaza.json' with { type: 'json' };
import title from '../../assets/story/fr/title.json' with { type: 'json' };

/** The story's words in French, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = {
  scenes: { title, construct, plaza, corridor, interlude, beach },
  endings,
  items,
  common,
  around,
} as unknown as StoryText;
