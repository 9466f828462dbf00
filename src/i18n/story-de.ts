import { storyTextOf } from './story-text-of';

/** The story's words in German, as the build bundled them (checked by text-compiler.ts). */
export const STORY_TEXT = storyTextOf(import.meta.glob('../../assets/story/de/*.json', { eager: true, import: 'default' }));
