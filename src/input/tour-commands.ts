import type { SalvageStore } from '../store/create-store';

/** Leaves the guided tour: the visitor walks on from exactly where the camera is. */
export function leaveTour(store: SalvageStore): void {
  const s = store.getState();
  if (s.story.mode !== 'tour') return;
  s.updateTour({ paused: false });
  s.dispatch({ type: 'set-mode', mode: 'explore' });
}

/** Pauses or resumes the guided tour. */
export function toggleTourPause(store: SalvageStore): void {
  const s = store.getState();
  s.updateTour({ paused: !s.tour.paused });
}
