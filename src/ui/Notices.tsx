import { useSalvage } from '../store/app-store';

/** Things the player should know (a save set aside, a bad link, a lost GPU), until dismissed. */
export function Notices() {
  const notices = useSalvage((s) => s.notices);
  const dismiss = useSalvage((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice ${notice.tone}`} data-notice={notice.id}>
          <span>{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
