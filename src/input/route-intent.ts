import type { SalvageStore } from '../store/create-store';
import { isChoosing } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import type { Intent } from './intents';
import { leaveTour, toggleTourPause } from './tour-commands';

/** What the router needs of the page: the focus, which lives in the DOM. */
export interface FocusPort {
  /** Moves the focus among the controls on screen; false when there are none. */
  move(step: 1 | -1): boolean;
  /** Presses the focused control; false when nothing is focused. */
  pressFocused(): boolean;
}

export interface RouteContext {
  store: SalvageStore;
  index: ScriptIndex;
  focus: FocusPort;
  /** Flies the guided tour to another stop (the tour driver, which comes with the 3D half). */
  stepTour: (direction: 1 | -1) => void;
  /** Says what is around the player (the describer, which comes with the 3D half). */
  describeAround: () => void;
}

/**
 * The one place that decides what an intent does, given the story's moment. Returns whether it
 * did something (the device then keeps the browser from acting on the same input).
 */
export function routeIntent(intent: Intent, ctx: RouteContext): boolean {
  const s = ctx.store.getState();
  const inStory = s.story.mode !== null && s.panel === 'none' && !s.story.ending;
  const choosing = isChoosing(ctx.index, s.story);
  switch (intent.kind) {
    case 'read-on':
      if (!inStory || !s.story.beat || choosing) return false;
      s.dispatch({ type: 'advance' });
      return true;
    case 'act':
      return inStory && ctx.store.getState().takeOffer();
    case 'choose': {
      const choice = inStory && choosing ? ctx.index.beat(s.story.beat!)?.choices?.[intent.index] : undefined;
      if (!choice) return false;
      s.dispatch({ type: 'choose', choice: choice.id });
      return true;
    }
    case 'confirm':
      if (ctx.focus.pressFocused()) return true;
      if (routeIntent({ kind: 'act' }, ctx)) return true;
      if (routeIntent({ kind: 'read-on' }, ctx)) return true;
      return ctx.focus.move(1);
    case 'focus':
      return ctx.focus.move(intent.step);
    case 'back':
      return stepBack(ctx.store);
    case 'pause':
      if (s.panel !== 'none') return stepBack(ctx.store);
      if (s.story.mode === 'tour' && !s.story.ending) return routeIntent({ kind: 'tour-pause' }, ctx);
      if (!s.story.mode || s.story.ending) return false;
      s.openPanel('pause');
      return true;
    case 'tour-pause':
      if (s.story.mode !== 'tour' || !inStory) return false;
      toggleTourPause(ctx.store);
      return true;
    case 'tour-step':
      if (s.story.mode !== 'tour' || !inStory) return false;
      ctx.stepTour(intent.direction);
      return true;
    case 'describe':
      if (!inStory) return false;
      ctx.describeAround();
      return true;
  }
}

/** Out of settings (to the pause menu of a walk), out of the pause menu, off the tour, or into pause. */
function stepBack(store: SalvageStore): boolean {
  const s = store.getState();
  if (s.panel === 'settings') s.openPanel(s.story.mode === 'explore' ? 'pause' : 'none');
  else if (s.panel === 'pause') s.openPanel('none');
  else if (s.story.mode === 'tour' && !s.story.ending) leaveTour(store);
  else if (s.story.mode && !s.story.ending) s.openPanel('pause');
  else return false;
  return true;
}
