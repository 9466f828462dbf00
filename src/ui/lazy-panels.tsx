import { lazy } from 'react';

// Panels (and the walk's overlay) the title's first paint does not need: their code arrives with
// the 3D half, on the visitor's first intent (main.tsx warms it), so the title's own script stays
// within its budget.
const loadWalkUi = () => import('./walk-ui');

export const SettingsPanel = lazy(() => loadWalkUi().then((m) => ({ default: m.SettingsPanel })));
export const EndingScreen = lazy(() => loadWalkUi().then((m) => ({ default: m.EndingScreen })));
export const WalkOverlay = lazy(() => loadWalkUi().then((m) => ({ default: m.WalkOverlay })));

/** Fetches them ahead of the first press that opens one. */
export function warmPanels(): void {
  void loadWalkUi();
}
