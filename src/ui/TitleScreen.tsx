import { salvageStore, useSalvage } from '../store/app-store';
import { useSpeakerNames, useStoryIndex } from '../i18n/story-language';
import { EnterVrButton } from './xr/EnterVrButton';
import { useXrSupport } from '../xr/xr-support';
import { useStageModule } from '../app/stage-loader';
import { PresetButtons } from './PresetButtons';

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

  return (
    <main className="title-screen">
      <h1 className="title-name">Salvage</h1>
      <p className="title-tagline">After the war, the Matrix is decaying. Neo goes back in to finish something.</p>
      <section className="prologue" aria-label="Prologue">
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
      <nav className="title-actions" aria-label="Begin">
        {canContinue && (
          <button type="button" className="primary" onClick={() => continueWalk('explore')}>
            Continue{resumeTitle ? `: ${resumeTitle}` : ''}
          </button>
        )}
        <button type="button" className={canContinue ? '' : 'primary'} onClick={() => startWalk('explore')} autoFocus>
          {canContinue ? 'New walk' : 'Start'}
        </button>
        <button type="button" onClick={() => startWalk('tour')}>
          Guided tour
        </button>
        <button type="button" onClick={() => openPanel('settings')}>
          Settings
        </button>
        <EnterVrButton />
        {vrReady && (
          <button type="button" onClick={() => void startTourInVr()}>
            Guided tour in VR
          </button>
        )}
      </nav>
      {/* Always here, so a returning visitor's title matches the prerendered one (no shift). */}
      <PresetButtons heading="Set up for:" compact />
      <noscript>
        <p className="title-noscript">
          Salvage is a short story you walk through in 3D, in the browser; the walk needs JavaScript, which is off here.{' '}
          <a href="text.html">Read the whole story as text</a> instead.
        </p>
      </noscript>
      <p className="photosensitivity">
        Photosensitivity notice: one scene has flickering lights and a single moment of darkness. The flicker stays within
        safe flash limits; "Reduce flashing" in Settings makes the lights breathe slowly instead.
      </p>
      <p className="controls-hint">Mouse and keyboard, or keyboard alone: W A S D or the arrow keys walk, left and right arrows turn, Space reads on, Esc pauses.</p>
    </main>
  );
}
