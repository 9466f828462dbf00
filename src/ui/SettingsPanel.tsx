import { useEffect, useRef } from 'react';
import { askForGyro } from '../input/gyro-look';
import { useSalvage } from '../store/app-store';
import { SNAP_ANGLES, SUBTITLE_SIZES, XR_TURNS } from '../store/settings';
import { useUiText } from '../i18n/ui-text';
import { LanguagePicker } from './LanguagePicker';
import { KeyBindings } from './KeyBindings';
import { PresetButtons } from './PresetButtons';
import { Choice, Group, percent, Slider, Toggle } from './settings-controls';

/** Every setting, as labelled native controls, grouped; the presets first. */
export function SettingsPanel() {
  const settings = useSalvage((s) => s.settings);
  const update = useSalvage((s) => s.updateSettings);
  const reset = useSalvage((s) => s.resetSettings);
  const mode = useSalvage((s) => s.story.mode);
  const openPanel = useSalvage((s) => s.openPanel);
  const device = useSalvage((s) => s.device);
  const pushNotice = useSalvage((s) => s.pushNotice);
  const t = useUiText();
  const hasGyro = typeof window !== 'undefined' && 'DeviceOrientationEvent' in window;
  // The browser may ask first (Safari): the toggle's own tap is the gesture it needs.
  const setGyro = async (gyroLook: boolean) => {
    if (gyroLook && !(await askForGyro())) {
      pushNotice({ id: 'gyro-denied', messages: [{ key: 'notice.gyroDenied' }], tone: 'info' });
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
        <h2 id="settings-heading">{t('settings.heading')}</h2>
        <LanguagePicker className="settings-language" />
        <PresetButtons heading={t('settings.presets')} />
        <Group title={t('settings.sound')}>
          <Slider label={t('settings.volume')} value={settings.volume} min={0} max={1} step={0.05} format={percent} onChange={(volume) => update({ volume })} />
          <Slider
            label={t('settings.ambience')}
            value={settings.ambienceVolume}
            min={0}
            max={1}
            step={0.05}
            format={percent}
            onChange={(ambienceVolume) => update({ ambienceVolume })}
          />
          <Slider
            label={t('settings.effects')}
            value={settings.effectsVolume}
            min={0}
            max={1}
            step={0.05}
            format={percent}
            onChange={(effectsVolume) => update({ effectsVolume })}
          />
          <Toggle label={t('settings.mono')} hint={t('settings.monoHint')} checked={settings.mono} onChange={(mono) => update({ mono })} />
        </Group>
        <Group title={t('settings.subtitlesGroup')}>
          <Toggle label={t('settings.subtitles')} checked={settings.subtitles} onChange={(subtitles) => update({ subtitles })} />
          <Choice
            label={t('settings.subtitleSize')}
            value={settings.subtitleSize}
            options={SUBTITLE_SIZES}
            name={(size) => t(`settings.size.${size}`)}
            onChange={(subtitleSize) => update({ subtitleSize })}
          />
          <Slider
            label={t('settings.subtitleBackground')}
            value={settings.subtitleBackground}
            min={0}
            max={1}
            step={0.05}
            format={percent}
            onChange={(subtitleBackground) => update({ subtitleBackground })}
          />
          <Toggle label={t('settings.speakerNames')} checked={settings.speakerNames} onChange={(speakerNames) => update({ speakerNames })} />
          <Toggle label={t('settings.highContrast')} hint={t('settings.highContrastHint')} checked={settings.highContrast} onChange={(highContrast) => update({ highContrast })} />
          <Toggle
            label={t('settings.soundCaptions')}
            hint={t('settings.soundCaptionsHint')}
            checked={settings.soundCaptions}
            onChange={(soundCaptions) => update({ soundCaptions })}
          />
        </Group>
        <Group title={t('settings.descriptions')}>
          <Toggle
            label={t('settings.showDescriptions')}
            hint={t('settings.showDescriptionsHint')}
            checked={settings.showDescriptions}
            onChange={(showDescriptions) => update({ showDescriptions })}
          />
          <Toggle
            label={t('settings.speakDescriptions')}
            hint={t('settings.speakDescriptionsHint')}
            checked={settings.speakDescriptions}
            onChange={(speakDescriptions) => update({ speakDescriptions })}
          />
          <Toggle label={t('settings.soundBeacon')} hint={t('settings.soundBeaconHint')} checked={settings.soundBeacon} onChange={(soundBeacon) => update({ soundBeacon })} />
        </Group>
        <Group title={t('settings.motion')}>
          <Toggle
            label={t('settings.reduceFlashing')}
            hint={t('settings.reduceFlashingHint')}
            checked={settings.reduceFlashing}
            onChange={(reduceFlashing) => update({ reduceFlashing })}
          />
          <Toggle label={t('settings.reduceMotion')} hint={t('settings.reduceMotionHint')} checked={settings.reduceMotion} onChange={(reduceMotion) => update({ reduceMotion })} />
        </Group>
        <Group title={t('settings.controls')}>
          <Slider
            label={t('settings.mouseSensitivity')}
            value={settings.mouseSensitivity}
            min={0.2}
            max={3}
            step={0.1}
            format={(v) => `${v.toFixed(1)}x`}
            onChange={(mouseSensitivity) => update({ mouseSensitivity })}
          />
          <Toggle label={t('settings.invertLook')} checked={settings.invertLook} onChange={(invertLook) => update({ invertLook })} />
          {hasGyro && device === 'touch' && (
            <Toggle label={t('settings.gyroLook')} hint={t('settings.gyroLookHint')} checked={settings.gyroLook} onChange={(on) => void setGyro(on)} />
          )}
          <Toggle label={t('settings.rumble')} hint={t('settings.rumbleHint')} checked={settings.haptics} onChange={(haptics) => update({ haptics })} />
          {device !== 'touch' && <KeyBindings />}
        </Group>
        <Group title={t('settings.inVr')}>
          <Choice label={t('settings.turning')} value={settings.xrTurn} options={XR_TURNS} name={(turn) => t(`settings.turn.${turn}`)} onChange={(xrTurn) => update({ xrTurn })} />
          <Choice
            label={t('settings.snapAngle')}
            value={settings.snapAngle}
            options={SNAP_ANGLES}
            name={(angle) => `${angle}°`}
            disabled={settings.xrTurn !== 'snap'}
            onChange={(snapAngle) => update({ snapAngle })}
          />
          <Toggle
            label={t('settings.comfortVignette')}
            hint={t('settings.comfortVignetteHint')}
            checked={settings.comfortVignette}
            onChange={(comfortVignette) => update({ comfortVignette })}
          />
          <Toggle label={t('settings.seated')} hint={t('settings.seatedHint')} checked={settings.seated} onChange={(seated) => update({ seated })} />
        </Group>
        <div className="panel-row">
          <button type="button" onClick={reset}>
            {t('settings.reset')}
          </button>
          <button ref={done} type="button" className="primary" onClick={close}>
            {t('settings.done')}
          </button>
        </div>
      </section>
    </div>
  );
}
