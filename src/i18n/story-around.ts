import type { SalvageState } from '../store/types';
import type { AroundText } from '../story/text-types';
import { loadedText } from './story-language';
import { ENGLISH_AROUND } from './story-en-around';

/**
 * The words for what is around the player (Describe, sound captions) in the settings' language,
 * English until that language has loaded. Imported by the walk's systems, not by the title.
 */
export const aroundOf = (s: SalvageState): AroundText => loadedText(s.settings.language)?.around ?? ENGLISH_AROUND;
