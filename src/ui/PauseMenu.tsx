import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';
import { EnterVrButton } from './xr/EnterVrButton';

/** Esc during the walk: resume, settings, a guided tour from here, or back to the title (the walk stays saved). */
export function PauseMenu() {
  const openPanel = useSalvage((s) => s.openPanel);
  const walking = useSalvage((s) => s.story.mode === 'explore');
  const dispatch = useSalvage((s) => s.dispatch);
  const returnToTitle = useSalvage((s) => s.returnToTitle);
  const t = useUiText();
  return (
    <div className="panel-backdrop">
      <section className="panel pause-menu" role="dialog" aria-modal="true" aria-labelledby="pause-heading">
        <h2 id="pause-heading">{t('pause.heading')}</h2>
        <button type="button" className="primary" autoFocus onClick={() => openPanel('none')}>
          {t('common.resume')}
        </button>
        <button type="button" onClick={() => openPanel('settings')}>
          {t('common.settings')}
        </button>
        {walking && (
          <button
            type="button"
            onClick={() => {
              openPanel('none');
              dispatch({ type: 'set-mode', mode: 'tour' });
            }}
          >
            {t('pause.tourFromHere')}
          </button>
        )}
        {walking && <EnterVrButton />}
        <button
          type="button"
          onClick={() => {
            openPanel('none');
            returnToTitle();
          }}
        >
          {t('common.returnToTitle')}
        </button>
        <p className="panel-hint">{t('pause.saved')}</p>
      </section>
    </div>
  );
}
