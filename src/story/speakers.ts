import type { Speaker } from './types';

/** How each speaker is named on screen; the narrator is not named. */
export const SPEAKER_NAMES: Record<Speaker, string | null> = {
  narrator: null,
  neo: 'Neo',
  smith: 'Agent Smith',
  link: 'Link',
  guard: 'Guard',
  michael: 'Michael',
  sparks: 'Sparks',
};
