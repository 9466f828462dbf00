import { useEffect } from 'react';
import { salvageStore } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';

const ADVANCE = new Set(['Space', 'Enter', 'NumpadEnter']);
const CHOICE_KEYS: Record<string, number> = { Digit1: 0, Digit2: 1, Digit3: 2, Numpad1: 0, Numpad2: 1, Numpad3: 2 };

/** Space or Enter reads on; 1 to 3 choose; Enter picks the focused choice. */
export function useDialogueKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const s = salvageStore.getState();
      if (!s.story.mode || s.panel !== 'none' || s.story.ending || !s.story.beat) return;
      const onControl = event.target instanceof HTMLElement && event.target.closest('button, input, select, textarea');
      // On the guided tour, Space pauses the tour (TourControls) and lines read on by themselves.
      if (s.story.mode === 'tour' && event.code === 'Space') return;
      const choosing = isChoosing(storyIndex, s.story);
      // Space is how people read on: it must never pick a choice by accident. Enter, a number
      // key or a click does.
      if (choosing && event.code === 'Space') {
        event.preventDefault();
        return;
      }
      if (ADVANCE.has(event.code) && !onControl && !choosing) {
        event.preventDefault();
        s.dispatch({ type: 'advance' });
        return;
      }
      const choiceIndex = CHOICE_KEYS[event.code];
      const choice = choiceIndex === undefined || !choosing ? undefined : storyIndex.beat(s.story.beat)?.choices?.[choiceIndex];
      if (choice) {
        event.preventDefault();
        s.dispatch({ type: 'choose', choice: choice.id });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
