import { useId } from 'react';
import { salvageStore } from '../../store/app-store';
import { XR_SUPPORT_REASONS, useXrSupport } from '../../xr/xr-support';

/**
 * "Enter VR": enabled when the browser can start an immersive-vr session; otherwise disabled,
 * with the reason shown next to it (never a button that fails silently).
 */
export function EnterVrButton() {
  const support = useXrSupport();
  const reasonId = useId();
  const ready = support === 'ready';
  return (
    <span className="enter-vr">
      <button type="button" disabled={!ready} aria-describedby={ready ? undefined : reasonId} onClick={() => void import('../../xr/xr-session').then((xr) => xr.enterVr(salvageStore))}>
        Enter VR
      </button>
      {/* Keyed by the answer: a new note appears in place of the old one, and no words move (layout shift 0). */}
      {!ready && (
        <span key={support} id={reasonId} className="enter-vr-reason">
          {XR_SUPPORT_REASONS[support]}
        </span>
      )}
    </span>
  );
}
