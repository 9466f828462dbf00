import { describe, expect, it } from 'vitest';
import { t } from '../i18n/ui-text';
import { PRESET_IDS, isPresetOn, withPreset, withoutPreset } from './presets';
import { defaultSettings, sanitizeSettings } from './settings';

const defaults = defaultSettings();

describe('accessibility presets', () => {
  it('are all off with the default settings', () => {
    for (const id of PRESET_IDS) expect(isPresetOn(defaults, id)).toBe(false);
  });

  it('each sets several settings at once, and only valid values', () => {
    for (const id of PRESET_IDS) {
      const on = withPreset(defaults, id);
      expect(isPresetOn(on, id)).toBe(true);
      expect(sanitizeSettings(on, defaults)).toEqual(on);
      const changed = (Object.keys(on) as (keyof typeof on)[]).filter((key) => on[key] !== defaults[key]);
      expect(changed.length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('the vision preset gives large high-contrast subtitles and spoken descriptions', () => {
    const on = withPreset(defaults, 'vision');
    expect(on).toMatchObject({ subtitleSize: 'large', highContrast: true, showDescriptions: true, speakDescriptions: true });
  });

  it('the hearing preset turns sound captions and haptics on', () => {
    expect(withPreset(defaults, 'hearing')).toMatchObject({ soundCaptions: true, haptics: true, speakerNames: true });
  });

  it('the motion preset reduces motion and turns in snaps with a vignette in VR', () => {
    expect(withPreset({ ...defaults, xrTurn: 'smooth', comfortVignette: false }, 'motion')).toMatchObject({ reduceMotion: true, xrTurn: 'snap', comfortVignette: true });
  });

  it('the photosensitivity preset reduces flashing', () => {
    expect(withPreset(defaults, 'photosensitivity').reduceFlashing).toBe(true);
  });

  it('a setting stays editable after a preset: changing it turns the preset off, nothing else', () => {
    const on = withPreset(defaults, 'vision');
    const edited = { ...on, speakDescriptions: false };
    expect(isPresetOn(edited, 'vision')).toBe(false);
    expect(edited.subtitleSize).toBe('large');
  });

  it('taking a preset back restores its settings, but keeps what another preset still on sets', () => {
    const both = withPreset(withPreset(defaults, 'vision'), 'hearing');
    const back = withoutPreset(both, 'vision', defaults);
    expect(back.highContrast).toBe(false);
    expect(back.subtitleSize).toBe(defaults.subtitleSize);
    expect(isPresetOn(back, 'hearing')).toBe(true);
    expect(back.speakerNames).toBe(true);
  });

  it('every preset has a label and a hint a person can read', () => {
    for (const id of PRESET_IDS) {
      expect(t(`preset.${id}.label`).length).toBeGreaterThan(3);
      expect(t(`preset.${id}.hint`).length).toBeGreaterThan(20);
    }
  });
});

describe('settings saved before an action existed', () => {
  it('keep their keys, and the new action gets its default key', () => {
    const { describe: _unused, ...older } = { ...defaults.keys, act: ['KeyF'] };
    const kept = sanitizeSettings({ ...defaults, keys: older }, defaults);
    expect(kept.keys.act).toEqual(['KeyF']);
    expect(kept.keys.describe).toEqual(['KeyQ']);
  });

  it('the new action takes no key the player gave to something else', () => {
    const { describe: _unused, ...older } = { ...defaults.keys, act: ['KeyQ'] };
    const kept = sanitizeSettings({ ...defaults, keys: older }, defaults);
    expect(kept.keys.act).toEqual(['KeyQ']);
    expect(kept.keys.describe).toEqual(['KeyG']);
  });
});
