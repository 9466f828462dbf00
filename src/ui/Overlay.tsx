import { Suspense } from 'react';
import { useStageModule } from '../app/stage-loader';
import { useInputDevices } from '../input/use-input-devices';
import { useSalvage } from '../store/app-store';
import { Notices } from './Notices';
import { PauseMenu } from './PauseMenu';
import { EndingScreen, SettingsPanel, WalkOverlay } from './lazy-panels';
import { SceneFade } from './SceneFade';
import { TitleScreen } from './TitleScreen';
import { useDescriptions } from './use-descriptions';
import { useHydrated } from './use-hydrated';

/** The DOM over the Canvas: title, dialogue, menus, notices. */
export function Overlay() {
  const mode = useSalvage((s) => s.story.mode);
  const ending = useSalvage((s) => s.story.ending);
  const panel = useSalvage((s) => s.panel);
  const device = useSalvage((s) => s.device);
  // The tour's controls and the notices come with the 3D half of the app (stage-loader.ts).
  const stage = useStageModule();
  const hydrated = useHydrated();
  useInputDevices();
  useDescriptions();

  return (
    <div className={`overlay mode-${mode ?? 'title'} device-${device}`}>
      <SceneFade />
      {mode === 'tour' && stage && <stage.TourFade />}
      {mode === null && panel !== 'settings' && <TitleScreen />}
      {/* Each lazy part waits on its own: a panel still arriving never blanks the dialogue. */}
      <Suspense fallback={null}>{mode !== null && !ending && <WalkOverlay>{mode === 'tour' && stage && <stage.TourControls />}</WalkOverlay>}</Suspense>
      <Suspense fallback={null}>{ending && <EndingScreen ending={ending} />}</Suspense>
      <Suspense fallback={null}>{panel === 'settings' && <SettingsPanel />}</Suspense>
      {panel === 'pause' && <PauseMenu />}
      {/* Notices (a save set aside, a bad link) are this visitor's, not the prerendered title's: once it is adopted. */}
      {hydrated && <Notices />}
    </div>
  );
}
