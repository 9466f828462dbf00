import { ENGLISH_STORY_TEXT } from '../../i18n/story-en';
import { resolveStory } from '../resolve';
import type { StoryScript } from '../types';
import { storyShape } from './shape';

/**
 * The whole story as data, in English: the structure (`shape.ts`) with the words of
 * `assets/story/en/`. Other languages: `src/i18n/story-language.ts`.
 */
export const storyScript: StoryScript = resolveStory(storyShape, ENGLISH_STORY_TEXT);
