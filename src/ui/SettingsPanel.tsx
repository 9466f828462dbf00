import { useId } from 'react';
import { askForGyro } from '../input/gyro-look';
import { KeyBindings } from './KeyBindings';
import { useSalvage } from '../store/app-store';
import { SNAP_ANGLES, SUBTITLE_SIZES, XR_TURNS, type Settings, type SnapAngle, type XrTurn } from '../store/settings';

/** Every setting, as labelled native controls. */
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

  return (
    <div className="panel-backdrop">
      <section className="panel settings-panel" role="dialog" aria-modal="true" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <Slider label="Volume" value={settings.volume} min={0} max={1} step={0.05} format={(v) => `${Math.round(v * 100)}%`} onChange={(volume) => update({ volume })} />
        <Toggle label="Subtitles" checked={settings.subtitles} onChange={(subtitles) => update({ subtitles })} />
        <label className="setting">
          <span>Subtitle size</span>
          <select value={settings.subtitleSize} onChange={(e) => update({ subtitleSize: e.target.value as Settings['subtitleSize'] })}>
            {SUBTITLE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size[0]!.toUpperCase() + size.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <Toggle label="Reduce flashing" hint="Lights breathe slowly instead of flickering." checked={settings.reduceFlashing} onChange={(reduceFlashing) => update({ reduceFlashing })} />
        <Toggle label="Reduce motion" hint="No camera sway; fades instead of camera flights." checked={settings.reduceMotion} onChange={(reduceMotion) => update({ reduceMotion })} />
        <Slider label="Mouse sensitivity" value={settings.mouseSensitivity} min={0.2} max={3} step={0.1} format={(v) => `${v.toFixed(1)}x`} onChange={(mouseSensitivity) => update({ mouseSensitivity })} />
        <Toggle label="Invert look" checked={settings.invertLook} onChange={(invertLook) => update({ invertLook })} />
        {hasGyro && device === 'touch' && (
          <Toggle label="Gyro look" hint="Turn the phone or tablet to look around." checked={settings.gyroLook} onChange={(on) => void setGyro(on)} />
        )}
        {device !== 'touch' && <KeyBindings />}
        <fieldset className="setting-group">
          <legend>In VR</legend>
          <label className="setting">
            <span>Turning</span>
            <select value={settings.xrTurn} onChange={(e) => update({ xrTurn: e.target.value as XrTurn })}>
              {XR_TURNS.map((turn) => (
                <option key={turn} value={turn}>
                  {TURN_NAMES[turn]}
                </option>
              ))}
            </select>
          </label>
          <label className="setting">
            <span>Snap turn angle</span>
            <select value={settings.snapAngle} disabled={settings.xrTurn !== 'snap'} onChange={(e) => update({ snapAngle: Number(e.target.value) as SnapAngle })}>
              {SNAP_ANGLES.map((angle) => (
                <option key={angle} value={angle}>
                  {angle}°
                </option>
              ))}
            </select>
          </label>
          <Toggle
            label="Comfort vignette"
            hint="Darkens the edges of the view while the stick moves or turns you."
            checked={settings.comfortVignette}
            onChange={(comfortVignette) => update({ comfortVignette })}
          />
          <Toggle label="Seated" hint="Raises the floor, so you see from standing height while sitting." checked={settings.seated} onChange={(seated) => update({ seated })} />
        </fieldset>
        <div className="panel-row">
          <button type="button" onClick={reset}>
            Reset to defaults
          </button>
          <button type="button" className="primary" autoFocus onClick={close}>
            Done
          </button>
        </div>
      </section>
    </div>
  );
}

const TURN_NAMES: Record<XrTurn, string> = { snap: 'Snap turn', smooth: 'Smooth turn' };

function Toggle({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const hintId = useId();
  return (
    <label className="setting toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? hintId : undefined} />
      <span>{label}</span>
      {hint && (
        <small id={hintId} className="setting-hint">
          {hint}
        </small>
      )}
    </label>
  );
}

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}

function Slider({ label, value, min, max, step, format, onChange }: SliderProps) {
  return (
    <label className="setting">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={value} aria-valuetext={format(value)} onChange={(e) => onChange(Number(e.target.value))} />
      <output>{format(value)}</output>
    </label>
  );
}
