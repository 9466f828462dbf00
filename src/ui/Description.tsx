import { useSalvage } from '../store/app-store';

/**
 * What the description says (a place on arrival, what happens only on screen, what is around):
 * always in a live region for screen readers; on screen too when descriptions are shown.
 */
export function Description() {
  const description = useSalvage((s) => s.description);
  const shown = useSalvage((s) => s.settings.showDescriptions);
  return (
    <div className="description-live" role="status" aria-live="polite" aria-atomic="true">
      {description && (
        <p key={description.serial} className={shown ? 'description' : 'visually-hidden'}>
          <span className="description-label">Described: </span>
          {description.text}
        </p>
      )}
    </div>
  );
}
