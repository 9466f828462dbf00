import { useId } from 'react';
import { useStageModule } from '../../app/stage-loader';
import { salvageStore } from '../../store/app-store';
import { useUiText, type UiKey } from '../../i18n/ui-text';
import { useXrSupport, type XrSupport } from '../../xr/xr-support';

/** Why Enter VR is off, for each answer of the support check (ready: the 3D half is still coming). */
const REASONS: Record<XrSupport, UiKey> = {
  ready: 'vr.gettingReady',
  checking: 'vr.checking',
  'no-headset': 'vr.noHeadset',
  'no-webxr': 'vr.noWebxr',
};

/**
 * "Enter VR": enabled when the browser can start an immersive-vr session; otherwise disabled,
 * with the reason shown next to it (never a button that fails silently).
 */
export function EnterVrButton() {
  const support = useXrSupport();
  // The browser starts a session only within a few seconds of the click: the XR stack must be
  // here already, not fetched after the click (on a slow phone that takes longer than allowed).
  const stage = useStageModule();
  const reasonId = useId();
  const t = useUiText();
  const ready = support === 'ready' && stage !== null;
  // While a headset is there but the 3D half of the app is still on its way, it says so.
  const reason = t(REASONS[support]);
  return (
    <span className="enter-vr">
      <button
        type="button"
        disabled={!ready}
        aria-describedby={ready ? undefined : reasonId}
        onClick={() => void import('../../xr/xr-session').then((xr) => xr.enterVr(salvageStore))}
      >
        {t('common.enterVr')}
      </button>
      {/* Keyed by the answer: a new note appears in place of the old one, and no words move (layout shift 0). */}
      {!ready && (
        <span key={reason} id={reasonId} className="enter-vr-reason">
          {reason}
        </span>
      )}
    </span>
  );
}
