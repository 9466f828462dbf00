import { lazy } from 'react';

// Panels (and the walk's overlay) the title's first paint does not need: their code arrives just after it (Overlay warms
// them once mounted), so the title's own script stays within its budget.
const loadSettingsPanel = () => import('./SettingsPanel');
const loadEndingScreen = () => import('./EndingScreen');
const loadWalkOverlay = () => import('./WalkOverlay');

export const SettingsPanel = lazy(() => loadSettingsPanel().then((m) => ({ default: m.SettingsPanel })));
export const EndingScreen = lazy(() => loadEndingScreen().then((m) => ({ default: m.EndingScreen })));
export const WalkOverlay = lazy(() => loadWalkOverlay().then((m) => ({ default: m.WalkOverlay })));

/** Fetches the panels ahead of the first press that opens one. */
export function warmPanels(): void {
  void loadSettingsPanel();
  void loadEndingScreen();
  void loadWalkOverlay();
}
