// Everything over the view that the title's first paint does not need, in one chunk fetched just
// after it (lazy-panels.tsx): the walk's overlay, the settings, the ending screen.
export { EndingScreen } from './EndingScreen';
export { SettingsPanel } from './SettingsPanel';
export { WalkOverlay } from './WalkOverlay';
