import { salvageStore, useSalvage } from '../store/app-store';
import { useSpeakerNames, useStoryIndex } from '../i18n/story-language';
import { EnterVrButton } from './xr/EnterVrButton';
import { useXrSupport } from '../xr/xr-support';
import { useStageModule } from '../app/stage-loader';
import { PresetButtons } from './PresetButtons';
import { LanguagePicker } from './LanguagePicker';
import { useUiText } from '../i18n/ui-text';

/**
 * The guided tour in a headset: it waits, paused, while the headset starts, so that it begins
 * where the player first sees it (if VR cannot start, it goes on on the desktop, with a notice).
 */
async function startTourInVr(): Promise<void> {
  const s = salvageStore.getState();
  s.startWalk('tour');
  s.updateTour({ paused: true });
  // The XR stack comes with the 3D half of the app, loaded after the title (stage-loader.ts).
  const { enterVr } = await import('../xr/xr-session');
  await enterVr(salvageStore);
  salvageStore.getState().updateTour({ paused: false });
}

/** Real HTML first: the name, the prologue, the notice, and the ways in. */
export function TitleScreen() {
  const storyIndex = useStoryIndex();
  const SPEAKER_NAMES = useSpeakerNames();
  const PROLOGUE = storyIndex.beat('title.prologue')?.lines ?? [];
  const progress = useSalvage((s) => s.progress);
  const startWalk = useSalvage((s) => s.startWalk);
  const continueWalk = useSalvage((s) => s.continueWalk);
  const openPanel = useSalvage((s) => s.openPanel);
  const canContinue = !!progress && !progress.ending && progress.mode !== null;
  // Only offered where VR can start (Enter VR says why when it cannot).
  // Only once the XR stack is here: a session must start within moments of the click.
  const support = useXrSupport();
  const stage = useStageModule();
  const vrReady = support === 'ready' && stage !== null;
  const resumeTitle = progress ? storyIndex.scene(progress.scene)?.title : null;
  const t = useUiText();

  return (
    <main className="title-screen">
      {/* In a corner, out of the flow: choosing a language moves nothing else. */}
      <LanguagePicker className="title-language" />
      <h1 className="title-name">Salvage</h1>
      <p className="title-tagline">{t('title.tagline')}</p>
      <section className="prologue" aria-label={t('title.prologue')}>
        {PROLOGUE.map((line, i) => {
          const name = SPEAKER_NAMES[line.speaker];
          return (
            <p key={i} className={name ? 'prologue-line spoken' : 'prologue-line'} style={{ animationDelay: `${0.4 + i * 0.35}s` }}>
              {name && <span className="speaker">{name}: </span>}
              {line.text}
            </p>
          );
        })}
      </section>
      <nav className="title-actions" aria-label={t('title.begin')}>
        {canContinue && (
          <button type="button" className="primary" onClick={() => continueWalk('explore')}>
            {resumeTitle ? t('title.continueAt', { place: resumeTitle }) : t('title.continue')}
          </button>
        )}
        <button type="button" className={canContinue ? '' : 'primary'} onClick={() => startWalk('explore')} autoFocus>
          {canContinue ? t('title.newWalk') : t('title.start')}
        </button>
        <button type="button" onClick={() => startWalk('tour')}>
          {t('title.tour')}
        </button>
        <button type="button" onClick={() => openPanel('settings')}>
          {t('common.settings')}
        </button>
        <EnterVrButton />
        {vrReady && (
          <button type="button" onClick={() => void startTourInVr()}>
            {t('title.tourInVr')}
          </button>
        )}
      </nav>
      {/* Always here, so a returning visitor's title matches the prerendered one (no shift). */}
      <PresetButtons heading={t('title.setUpFor')} level={2} compact />
      <noscript>
        <p className="title-noscript">
          {t('title.noscript')} <a href="text.html">{t('title.noscriptLink')}</a> {t('title.noscriptAfter')}
        </p>
      </noscript>
      <p className="photosensitivity">{t('title.photosensitivity', { setting: t('settings.reduceFlashing') })}</p>
      <p className="controls-hint">{t('title.controls')}</p>
    </main>
  );
}
