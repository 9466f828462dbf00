import { useEffect } from 'react';
import { salvageStore } from '../store/app-store';
import type { SalvageState } from '../store/types';
import { selectLine } from '../store/selectors';
import { storyOf } from '../i18n/story-language';
import { speakLocally, stopSpeaking } from './local-speech';

/** The line on screen, in the player's language. */
const lineOnScreen = (s: SalvageState) => selectLine(storyOf(s).index)(s);

const NO_LOCAL_VOICE = {
  id: 'no-local-voice',
  text: 'This device has no voice that speaks without the internet, so descriptions are not spoken. They are shown with the subtitles and read by screen readers.',
  tone: 'info',
} as const;

/** Which scene visit the player has arrived in: its description is said once per arrival. */
function arrival(s: SalvageState): string | null {
  const here = s.story.mode && s.ready && s.staged === s.story.scene;
  return here ? `${s.story.scene}:${s.visit}` : null;
}

/**
 * Says the descriptions as the story goes: the place on arrival, and what a line shows without
 * saying it (from the script). Speaks each one aloud, with a local voice, when that is on.
 */
export function useDescriptions(): void {
  useEffect(() => {
    let warned = false;
    const unsubscribe = salvageStore.subscribe((s, prev) => {
      const here = arrival(s);
      if (here && here !== arrival(prev)) s.describe(storyOf(s).index.scene(s.story.scene)?.description ?? '');
      const line = lineOnScreen(s);
      if (line?.describe && line !== lineOnScreen(prev)) s.describe(line.describe);
      const said = s.description;
      if (said && said !== prev.description && s.settings.speakDescriptions) {
        void speakLocally(said.text).then((result) => {
          if (result === 'spoken' || warned) return;
          warned = true;
          salvageStore.getState().pushNotice(NO_LOCAL_VOICE);
        });
      }
      if ((!s.settings.speakDescriptions && prev.settings.speakDescriptions) || (!s.story.mode && prev.story.mode)) stopSpeaking();
    });
    return () => {
      unsubscribe();
      stopSpeaking();
    };
  }, []);
}
