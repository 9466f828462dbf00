import { useEffect } from 'react';
import { runtime } from '../app/runtime';
import { loadStage, useStageModule } from '../app/stage-loader';
import { salvageStore, useSalvage } from '../store/app-store';
import { ActionPrompt } from './ActionPrompt';
import { Dialogue } from './Dialogue';
import { EndingScreen } from './EndingScreen';
import { Hud, SceneFade } from './Hud';
import { Notices } from './Notices';
import { PauseMenu } from './PauseMenu';
import { SettingsPanel } from './SettingsPanel';
import { TitleScreen } from './TitleScreen';
import { useDialogueKeys } from './use-dialogue-keys';

/** The DOM over the Canvas: title, dialogue, menus, notices. */
export function Overlay() {
  const mode = useSalvage((s) => s.story.mode);
  const ending = useSalvage((s) => s.story.ending);
  const panel = useSalvage((s) => s.panel);
  // The tour's controls and the notices come with the 3D half of the app (stage-loader.ts).
  const stage = useStageModule();
  useDialogueKeys();
  useEscapeKey();

  return (
    <div className={`overlay mode-${mode ?? 'title'}`}>
      <SceneFade />
      {mode === 'tour' && stage && <stage.TourFade />}
      {mode === null && panel !== 'settings' && <TitleScreen />}
      {mode !== null && !ending && (
        <>
          <Hud />
          <ActionPrompt />
          <Dialogue />
          {mode === 'tour' && stage && <stage.TourControls />}
        </>
      )}
      {ending && <EndingScreen ending={ending} />}
      {panel === 'pause' && <PauseMenu />}
      {panel === 'settings' && <SettingsPanel />}
      {/* Notices (a save set aside, a bad link) come with the rest of the app, when the walk can start. */}
      {stage && <Notices />}
    </div>
  );
}

/** Esc with a free pointer pauses (or leaves the guided tour), or steps back out of a menu. */
function useEscapeKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // With the pointer locked, the browser's own Esc frees it and PointerLock pauses.
      if (event.code !== 'Escape' || runtime.pointerLocked) return;
      const s = salvageStore.getState();
      if (s.panel === 'settings') s.openPanel(s.story.mode === 'explore' ? 'pause' : 'none');
      else if (s.panel === 'pause') s.openPanel('none');
      else if (s.story.mode === 'tour' && !s.story.ending) void loadStage().then((stage) => stage.leaveTour());
      else if (s.story.mode && !s.story.ending) s.openPanel('pause');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
