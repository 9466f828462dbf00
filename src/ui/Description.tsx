import { useEffect, useState } from 'react';
import { READING_CHARS_PER_SECOND } from '../story/caption-lines';
import { useSalvage } from '../store/app-store';

/** A shown description stays long enough to read at a relaxed pace, then leaves the view clear. */
const readingMs = (text: string) => (text.length / READING_CHARS_PER_SECOND + 3) * 1000;

/**
 * What the description says (a place on arrival, what happens only on screen, what is around):
 * always in a live region for screen readers; on screen too, while there is time to read it,
 * when descriptions are shown.
 */
export function Description() {
  const description = useSalvage((s) => s.description);
  const shown = useSalvage((s) => s.settings.showDescriptions);
  const [read, setRead] = useState(0);
  useEffect(() => {
    if (!description || !shown) return;
    const timer = setTimeout(() => setRead(description.serial), readingMs(description.text));
    return () => clearTimeout(timer);
  }, [description, shown]);
  const visible = shown && description && read !== description.serial;
  return (
    <div className="description-live" role="status" aria-live="polite" aria-atomic="true">
      {description && (
        <p key={description.serial} className={visible ? 'description' : 'visually-hidden'}>
          <span className="description-label">Described: </span>
          {description.text}
        </p>
      )}
    </div>
  );
}
