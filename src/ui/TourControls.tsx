import { useUiText } from '../i18n/ui-text';
import { runtime } from '../app/runtime';
import { leaveTour as leaveTourOf, toggleTourPause } from '../input/tour-commands';
import { CUT_SECONDS } from '../player/tour-motion';
import { stepTour } from '../player/tour-run';
import { salvageStore, useSalvage, useSalvageShallow } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { enterVr, useXrPresenting } from '../xr/xr-session';
import { useXrSupport } from '../xr/xr-support';

const leaveTour = () => leaveTourOf(salvageStore);
const togglePause = () => toggleTourPause(salvageStore);

/**
 * The guided tour's controls, as buttons. Their keys (Space, the arrows, Esc) and the gamepad's
 * come through the input map (`src/input`).
 */
export function TourControls() {
  const { paused, stop, stops } = useSalvageShallow((s) => ({ paused: s.tour.paused, stop: s.tour.stop, stops: s.tour.stops }));
  const choosing = useSalvage((s) => isChoosing(storyIndex, s.story));
  const openPanel = useSalvage((s) => s.openPanel);
  const xrReady = useXrSupport() === 'ready';
  const presenting = useXrPresenting();
  const t = useUiText();

  const where = stops > 0 ? t('tour.stopOf', { stop: stop + 1, stops }) : t('tour.label');
  return (
    <nav className="tour-controls" aria-label={t('tour.label')}>
      <div className="tour-buttons">
        <button type="button" aria-keyshortcuts="ArrowLeft" disabled={stop <= 0} onClick={() => stepTour(-1)}>
          <kbd aria-hidden="true">←</kbd> {t('tour.previous')}
        </button>
        <button type="button" className="primary" aria-keyshortcuts="Space" onClick={togglePause}>
          {paused ? t('tour.resume') : t('tour.pause')}
        </button>
        <button type="button" aria-keyshortcuts="ArrowRight" disabled={stop >= stops - 1} onClick={() => stepTour(1)}>
          {t('tour.next')} <kbd aria-hidden="true">→</kbd>
        </button>
        <button type="button" aria-keyshortcuts="Escape" onClick={leaveTour}>
          {t('tour.leave')}
        </button>
        <button type="button" onClick={() => openPanel('settings')}>
          {t('common.settings')}
        </button>
        {/* The tour goes on in the headset, from where it is. */}
        {xrReady && !presenting && (
          <button type="button" onClick={() => void enterVr(salvageStore)}>
            {t('common.enterVr')}
          </button>
        )}
      </div>
      <p className="tour-status" aria-live="polite">
        {paused ? t('tour.paused', { where }) : where}
        {choosing && <span className="tour-choice-hint">{t('tour.chooseHint')}</span>}
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
