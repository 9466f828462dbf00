import type { StoryText } from '../story/text-types';
import type { StoryLanguage } from './story-languages';

/** The story's languages besides English, each its own chunk, loaded only when chosen. */
export const STORY_LOADERS: Record<Exclude<StoryLanguage, 'en'>, () => Promise<StoryText>> = {
  de: () => import('./story-de').then((m) => m.STORY_TEXT),
  es: () => import('./story-es').then((m) => m.STORY_TEXT),
  fr: () => import('./story-fr').then((m) => m.STORY_TEXT),
};
