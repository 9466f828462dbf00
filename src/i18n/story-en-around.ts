import around from '../../assets/story/en/around.json' with { type: 'json' };
import type { AroundText } from '../story/text-types';

/** The English words for what is around the player: Describe and sound captions. */
export const ENGLISH_AROUND = around as AroundText;
