import { useEffect } from 'react';
import { runtime } from '../app/runtime';
import { CUT_SECONDS, requestStop, tourRun } from '../player/tour-driver';
import { salvageStore, useSalvage, useSalvageShallow } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { enterVr, useXrPresenting } from '../xr/xr-session';
import { useXrSupport } from '../xr/xr-support';

/** Leaves the guided tour: the visitor walks on from exactly where the camera is. */
export function leaveTour(): void {
  const s = salvageStore.getState();
  if (s.story.mode !== 'tour') return;
  s.updateTour({ paused: false });
  s.dispatch({ type: 'set-mode', mode: 'explore' });
}

function togglePause(): void {
  const s = salvageStore.getState();
  s.updateTour({ paused: !s.tour.paused });
}

/**
 * The guided tour's controls, as buttons and keys: Space pauses and resumes, the left and right
 * arrows go to the previous and next stop, Esc (handled with the other Esc uses in Overlay)
 * leaves the tour.
 */
export function TourControls() {
  const { paused, stop, stops } = useSalvageShallow((s) => ({ paused: s.tour.paused, stop: s.tour.stop, stops: s.tour.stops }));
  const choosing = useSalvage((s) => isChoosing(storyIndex, s.story));
  const openPanel = useSalvage((s) => s.openPanel);
  const xrReady = useXrSupport() === 'ready';
  const presenting = useXrPresenting();
  useTourKeys();

  const where = stops > 0 ? `Stop ${stop + 1} of ${stops}` : 'Guided tour';
  return (
    <nav className="tour-controls" aria-label="Guided tour">
      <div className="tour-buttons">
        <button type="button" aria-keyshortcuts="ArrowLeft" disabled={stop <= 0} onClick={() => requestStop(tourRun, -1)}>
          <kbd aria-hidden="true">←</kbd> Previous stop
        </button>
        <button type="button" className="primary" aria-keyshortcuts="Space" onClick={togglePause}>
          {paused ? 'Resume tour' : 'Pause tour'}
        </button>
        <button type="button" aria-keyshortcuts="ArrowRight" disabled={stop >= stops - 1} onClick={() => requestStop(tourRun, 1)}>
          Next stop <kbd aria-hidden="true">→</kbd>
        </button>
        <button type="button" aria-keyshortcuts="Escape" onClick={leaveTour}>
          Leave tour
        </button>
        <button type="button" onClick={() => openPanel('settings')}>
          Settings
        </button>
        {/* The tour goes on in the headset, from where it is. */}
        {xrReady && !presenting && (
          <button type="button" onClick={() => void enterVr(salvageStore)}>
            Enter VR
          </button>
        )}
      </div>
      <p className="tour-status" aria-live="polite">
        {paused ? `${where} · paused` : where}
        {choosing && <span className="tour-choice-hint"> · Choose, or the tour takes the story's own path.</span>}
      </p>
    </nav>
  );
}

/** With reduced motion, each cut between stops plays this veil; the pose jumps while it is opaque. */
export function TourFade() {
  const cuts = useSalvage((s) => s.tour.cuts);
  if (!cuts) return null;
  return <div key={cuts} className="tour-fade" aria-hidden="true" style={{ animationDuration: `${CUT_SECONDS / runtime.tourSpeed}s` }} />;
}

function useTourKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const s = salvageStore.getState();
      if (s.story.mode !== 'tour' || s.panel !== 'none' || s.story.ending) return;
      const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
      if (event.code !== 'Space' && !direction) return;
      // Space would also press the focused button, and the arrows would scroll.
      event.preventDefault();
      if (event.repeat) return;
      if (direction) requestStop(tourRun, direction);
      else togglePause();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
