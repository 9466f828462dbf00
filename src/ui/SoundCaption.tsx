import { useSalvage } from '../store/app-store';

/**
 * The one line of sound captions ("[a gull crying, far left]"), in the subtitle area and in
 * its own live region, so a new sound never makes a screen reader repeat the line being read.
 */
export function SoundCaption() {
  const caption = useSalvage((s) => (s.settings.soundCaptions ? s.soundCaption : null));
  return (
    <div className="sound-caption-live" role="status" aria-live="polite" aria-atomic="true">
      {caption && <p className="sound-caption">{caption}</p>}
    </div>
  );
}
