import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';
import { noticeText } from '../store/notices';

/** Things the player should know (a save set aside, a bad link, a lost GPU), until dismissed. */
export function Notices() {
  const notices = useSalvage((s) => s.notices);
  const dismiss = useSalvage((s) => s.dismissNotice);
  const t = useUiText();
  if (!notices.length) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice ${notice.tone}`} data-notice={notice.id}>
          <span>{noticeText(notice, t)}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('notice.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
