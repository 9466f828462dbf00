import { storyTextOf } from './story-text-of';

/** The story's words in French, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = storyTextOf(import.meta.glob('../../assets/story/fr/*.json', { eager: true, import: 'default' }));
