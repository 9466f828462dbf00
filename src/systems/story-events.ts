import type { Vector3 } from 'three';
import type { SceneConfig } from '../scenes/types';
import type { SalvageStore } from '../store/create-store';
import type { ScriptIndex } from '../story/script-index';
import { availableAction, promptLabel } from './action-system';
import { dueStoryTick } from './story-time-system';
import { updateZones } from './zone-system';

/**
 * The story's look at where the player stands, after each move: the zones crossed, a timed
 * trigger fallen due, and the deed on offer. Only the scene the story is in speaks to it (not the
 * construct standing in while a scene loads). The same look serves every driver: the desktop's,
 * the tour's and the headset's each frame and along their steps, and headless runs in tests.
 */
export function lookAtPlace(store: SalvageStore, index: ScriptIndex, config: SceneConfig | null, position: Vector3, sceneSeconds: number): void {
  const state = store.getState();
  if (!config || config.id !== state.story.scene || state.staged !== state.story.scene || !state.story.arrived) {
    if (state.prompt) state.setPrompt(null);
    return;
  }
  const dispatch = state.dispatch;
  updateZones(position, config.zones, state.story.zones, dispatch);
  const tick = dueStoryTick(index, store.getState().story, sceneSeconds);
  if (tick > 0) dispatch({ type: 'tick', seconds: tick });
  const offered = availableAction(index, store.getState().story, position, config.actions);
  store.getState().setPrompt(offered && { action: offered.spot.action, label: promptLabel(offered), waiting: offered.waiting });
}
