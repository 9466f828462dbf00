import { ENGLISH_STORY_TEXT } from '../i18n/story-en';
import type { Speaker } from './types';

/** How each speaker is named on screen, in English (common.json); the narrator is not named. */
export const SPEAKER_NAMES: Record<Speaker, string | null> = { narrator: null, ...ENGLISH_STORY_TEXT.common.speakers };
