import type { Language } from './languages';

/**
 * The languages the story's words are written in (assets/story/<lang>/). The text compiler
 * requires each to be complete; a language not listed here shows the story in English.
 */
export const STORY_LANGUAGES = ['en', 'fr', 'de', 'es'] as const satisfies readonly Language[];
export type StoryLanguage = (typeof STORY_LANGUAGES)[number];
