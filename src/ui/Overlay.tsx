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
import { TourControls, TourFade } from './TourControls';

/** The DOM over the Canvas: title, dialogue, menus, notices. */
export function Overlay() {
  const mode = useSalvage((s) => s.story.mode);
  const ending = useSalvage((s) => s.story.ending);
  const panel = useSalvage((s) => s.panel);
  const device = useSalvage((s) => s.device);
  useInputDevices();

  return (
    <div className={`overlay mode-${mode ?? 'title'} device-${device}`}>
      <SceneFade />
      {mode === 'tour' && <TourFade />}
      {mode === null && panel !== 'settings' && <TitleScreen />}
      {mode !== null && !ending && (
        <>
          <Hud />
          <ActionPrompt />
          <Dialogue />
          {mode === 'tour' && <TourControls />}
          <TouchControls />
        </>
      )}
      {ending && <EndingScreen ending={ending} />}
      {panel === 'pause' && <PauseMenu />}
      {panel === 'settings' && <SettingsPanel />}
      <Notices />
    </div>
  );
}
