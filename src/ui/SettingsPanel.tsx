import { useEffect, useRef } from 'react';
import { askForGyro } from '../input/gyro-look';
import { useSalvage } from '../store/app-store';
import { SNAP_ANGLES, SUBTITLE_SIZES, XR_TURNS, type XrTurn } from '../store/settings';
import { KeyBindings } from './KeyBindings';
import { PresetButtons } from './PresetButtons';
import { Choice, Group, percent, Slider, Toggle } from './settings-controls';

const TURN_NAMES: Record<XrTurn, string> = { snap: 'Snap turn', smooth: 'Smooth turn' };
const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** Every setting, as labelled native controls, grouped; the presets first. */
export function SettingsPanel() {
  const settings = useSalvage((s) => s.settings);
  const update = useSalvage((s) => s.updateSettings);
  const reset = useSalvage((s) => s.resetSettings);
  const mode = useSalvage((s) => s.story.mode);
  const openPanel = useSalvage((s) => s.openPanel);
  const device = useSalvage((s) => s.device);
  const pushNotice = useSalvage((s) => s.pushNotice);
  const hasGyro = typeof window !== 'undefined' && 'DeviceOrientationEvent' in window;
  // The browser may ask first (Safari): the toggle's own tap is the gesture it needs.
  const setGyro = async (gyroLook: boolean) => {
    if (gyroLook && !(await askForGyro())) {
      pushNotice({ id: 'gyro-denied', text: 'The browser did not allow the motion sensors, so turning the device does not turn the view.', tone: 'info' });
      return;
    }
    update({ gyroLook });
  };
  // Opened from the pause menu of a walk, it goes back there; from the title or the tour, it closes.
  const close = () => openPanel(mode === 'explore' ? 'pause' : 'none');
  // Done takes the focus (Enter closes at once), but the panel opens at its top: the presets.
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => done.current?.focus({ preventScroll: true }), []);

  return (
    <div className="panel-backdrop">
      <section className="panel settings-panel" role="dialog" aria-modal="true" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <PresetButtons heading="Presets" />
        <Group title="Sound">
          <Slider label="Volume" value={settings.volume} min={0} max={1} step={0.05} format={percent} onChange={(volume) => update({ volume })} />
          <Slider label="Ambience" value={settings.ambienceVolume} min={0} max={1} step={0.05} format={percent} onChange={(ambienceVolume) => update({ ambienceVolume })} />
          <Slider label="Effects" value={settings.effectsVolume} min={0} max={1} step={0.05} format={percent} onChange={(effectsVolume) => update({ effectsVolume })} />
          <Toggle label="Mono" hint="Both ears hear everything: for one ear or one earbud." checked={settings.mono} onChange={(mono) => update({ mono })} />
        </Group>
        <Group title="Subtitles and captions">
          <Toggle label="Subtitles" checked={settings.subtitles} onChange={(subtitles) => update({ subtitles })} />
          <Choice label="Subtitle size" value={settings.subtitleSize} options={SUBTITLE_SIZES} name={capitalised} onChange={(subtitleSize) => update({ subtitleSize })} />
          <Slider label="Subtitle background" value={settings.subtitleBackground} min={0} max={1} step={0.05} format={percent} onChange={(subtitleBackground) => update({ subtitleBackground })} />
          <Toggle label="Speaker names" checked={settings.speakerNames} onChange={(speakerNames) => update({ speakerNames })} />
          <Toggle label="High contrast" hint="White on black, heavier type." checked={settings.highContrast} onChange={(highContrast) => update({ highContrast })} />
          <Toggle label="Sound captions" hint="The sounds that carry the story, and where they come from." checked={settings.soundCaptions} onChange={(soundCaptions) => update({ soundCaptions })} />
        </Group>
        <Group title="Descriptions">
          <Toggle label="Show descriptions" hint="Places, and what happens only on screen, in words. Screen readers always hear them." checked={settings.showDescriptions} onChange={(showDescriptions) => update({ showDescriptions })} />
          <Toggle label="Speak descriptions" hint="Read aloud by this device's own voice; nothing is sent anywhere." checked={settings.speakDescriptions} onChange={(speakDescriptions) => update({ speakDescriptions })} />
          <Toggle label="Sound beacon" hint="A soft ping from where the story goes next, when nothing is being said." checked={settings.soundBeacon} onChange={(soundBeacon) => update({ soundBeacon })} />
        </Group>
        <Group title="Motion and light">
          <Toggle label="Reduce flashing" hint="Lights breathe slowly instead of flickering; the blackout becomes a dimming." checked={settings.reduceFlashing} onChange={(reduceFlashing) => update({ reduceFlashing })} />
          <Toggle label="Reduce motion" hint="No camera sway; fades instead of camera flights." checked={settings.reduceMotion} onChange={(reduceMotion) => update({ reduceMotion })} />
        </Group>
        <Group title="Controls">
          <Slider label="Mouse sensitivity" value={settings.mouseSensitivity} min={0.2} max={3} step={0.1} format={(v) => `${v.toFixed(1)}x`} onChange={(mouseSensitivity) => update({ mouseSensitivity })} />
          <Toggle label="Invert look" checked={settings.invertLook} onChange={(invertLook) => update({ invertLook })} />
          {hasGyro && device === 'touch' && <Toggle label="Gyro look" hint="Turn the phone or tablet to look around." checked={settings.gyroLook} onChange={(on) => void setGyro(on)} />}
          <Toggle label="Rumble" hint="A gamepad or a VR controller buzzes when someone touches Neo." checked={settings.haptics} onChange={(haptics) => update({ haptics })} />
          {device !== 'touch' && <KeyBindings />}
        </Group>
        <Group title="In VR">
          <Choice label="Turning" value={settings.xrTurn} options={XR_TURNS} name={(turn) => TURN_NAMES[turn]} onChange={(xrTurn) => update({ xrTurn })} />
          <Choice label="Snap turn angle" value={settings.snapAngle} options={SNAP_ANGLES} name={(angle) => `${angle}°`} disabled={settings.xrTurn !== 'snap'} onChange={(snapAngle) => update({ snapAngle })} />
          <Toggle label="Comfort vignette" hint="Darkens the edges of the view while the stick moves or turns you." checked={settings.comfortVignette} onChange={(comfortVignette) => update({ comfortVignette })} />
          <Toggle label="Seated" hint="Raises the floor, so you see from standing height while sitting." checked={settings.seated} onChange={(seated) => update({ seated })} />
        </Group>
        <div className="panel-row">
          <button type="button" onClick={reset}>
            Reset to defaults
          </button>
          <button ref={done} type="button" className="primary" onClick={close}>
            Done
          </button>
        </div>
      </section>
    </div>
  );
}
