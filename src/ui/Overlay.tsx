import { useStageModule } from '../app/stage-loader';
import { useInputDevices } from '../input/use-input-devices';
import { useSalvage } from '../store/app-store';
import { ActionPrompt } from './ActionPrompt';
import { Dialogue } from './Dialogue';
import { EndingScreen } from './EndingScreen';
import { Hud, SceneFade } from './Hud';
import { Notices } from './Notices';
import { PauseMenu } from './PauseMenu';
import { SettingsPanel } from './SettingsPanel';
import { TitleScreen } from './TitleScreen';
import { TouchControls } from './TouchControls';
import { useDescriptions } from './use-descriptions';

/** The DOM over the Canvas: title, dialogue, menus, notices. */
export function Overlay() {
  const mode = useSalvage((s) => s.story.mode);
  const ending = useSalvage((s) => s.story.ending);
  const panel = useSalvage((s) => s.panel);
  const device = useSalvage((s) => s.device);
  // The tour's controls and the notices come with the 3D half of the app (stage-loader.ts).
  const stage = useStageModule();
  useInputDevices();
  useDescriptions();

  return (
    <div className={`overlay mode-${mode ?? 'title'} device-${device}`}>
      <SceneFade />
      {mode === 'tour' && stage && <stage.TourFade />}
      {mode === null && panel !== 'settings' && <TitleScreen />}
      {mode !== null && !ending && (
        <>
          <Hud />
          <ActionPrompt />
          <Dialogue />
          {mode === 'tour' && stage && <stage.TourControls />}
          <TouchControls />
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
