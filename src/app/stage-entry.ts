// The 3D half of the app, loaded after the title has painted (see stage-loader.ts): the Canvas and
// everything under it, the guided tour's controls, the automation API, the XR session's binding.
import { createSalvageApi } from '../automation/salvage-api';
import { loadScene } from '../scenes/registry';
import type { SalvageStore } from '../store/create-store';
import { storyIndex } from '../story/story-index';
import { bindXrSession } from '../xr/xr-session';

export { Stage } from './Stage';
export { TourControls, TourFade } from '../ui/TourControls';
export { stepTour } from '../player/tour-run';
export { describeAround } from './describe-around';

/** Once per page, when this half arrives: the XR session tied to the story, `window.salvage`, the construct warmed. */
export function startStage(store: SalvageStore, { webgl2 }: { webgl2: boolean }): void {
  bindXrSession(store);
  window.salvage = createSalvageApi(store, storyIndex);
  // The construct is where every scene loads from: have it ready before anyone presses Start.
  if (webgl2) void loadScene('construct');
}
