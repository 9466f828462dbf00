import { useUiText } from '../i18n/ui-text';
import { useEffect, useRef, useState } from 'react';
import { stickView } from '../input/touch-input';
import { route } from '../input/use-input-devices';
import { useSalvage } from '../store/app-store';

const pause = () => route({ kind: 'pause' });

/** Whether the page can go fullscreen here (not on an iPhone, nor inside a frame that forbids it). */
function useFullscreen(): [boolean, boolean, () => void] {
  const [on, setOn] = useState(() => !!document.fullscreenElement);
  useEffect(() => {
    const onChange = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = () => {
    const request = on ? document.exitFullscreen() : document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    request.catch(() => undefined);
  };
  return [!!document.fullscreenEnabled, on, toggle];
}

/**
 * What a phone or tablet shows over the view: the stick under the left thumb (drawn where it
 * lands, moved by the touch input directly), a pause button and, where the browser allows it, a
 * fullscreen button. Shown once a touch has been used, or on a touch-first device.
 */
export function TouchControls() {
  const device = useSalvage((s) => s.device);
  const walking = useSalvage((s) => s.story.mode === 'explore');
  const base = useRef<HTMLDivElement>(null);
  const knob = useRef<HTMLDivElement>(null);
  const [canFullscreen, fullscreen, toggleFullscreen] = useFullscreen();
  const t = useUiText();
  useEffect(() => {
    stickView.base = base.current;
    stickView.knob = knob.current;
    return () => {
      stickView.base = stickView.knob = null;
    };
  }, [device, walking]);
  if (device !== 'touch') return null;
  return (
    <div className="touch-controls">
      {walking && (
        <div ref={base} className="touch-stick" aria-hidden="true">
          <div ref={knob} className="touch-stick-knob" />
        </div>
      )}
      <div className="touch-buttons">
        {canFullscreen && (
          <button type="button" className="touch-button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {fullscreen ? t('touch.exitFullscreen') : t('touch.fullscreen')}
          </button>
        )}
        {walking && (
          <button type="button" className="touch-button" onClick={pause}>
            {t('touch.pause')}
          </button>
        )}
      </div>
    </div>
  );
}
