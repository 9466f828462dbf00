import type { Settings } from './settings';

export const PRESET_IDS = ['vision', 'hearing', 'motion', 'photosensitivity'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Each preset's name and hint are interface strings: `preset.<id>.label`, `preset.<id>.hint`. */
export interface Preset {
  id: PresetId;
  /** The settings it sets at once; each stays editable on its own afterwards. */
  settings: Partial<Settings>;
}

/**
 * One choice for each kind of need: what a person with low vision, hearing loss, motion
 * sensitivity or photosensitivity would otherwise set one by one.
 */
export const PRESETS: Record<PresetId, Preset> = {
  vision: {
    id: 'vision',
    settings: {
      subtitles: true,
      subtitleSize: 'large',
      subtitleBackground: 1,
      highContrast: true,
      speakerNames: true,
      showDescriptions: true,
      speakDescriptions: true,
      soundBeacon: true,
    },
  },
  hearing: {
    id: 'hearing',
    settings: { subtitles: true, speakerNames: true, soundCaptions: true, haptics: true, mono: false },
  },
  motion: {
    id: 'motion',
    settings: { reduceMotion: true, xrTurn: 'snap', comfortVignette: true },
  },
  photosensitivity: {
    id: 'photosensitivity',
    settings: { reduceFlashing: true },
  },
};

/** The settings with the preset's applied on top. */
export function withPreset(settings: Settings, id: PresetId): Settings {
  return { ...settings, ...PRESETS[id].settings };
}

/** Whether everything the preset sets is set so now. */
export function isPresetOn(settings: Settings, id: PresetId): boolean {
  return (Object.entries(PRESETS[id].settings) as [keyof Settings, unknown][]).every(([key, value]) => settings[key] === value);
}

/**
 * The settings with the preset taken back: what it set returns to the defaults, except where
 * another preset that is still on sets the same thing.
 */
export function withoutPreset(settings: Settings, id: PresetId, defaults: Settings): Settings {
  const kept = PRESET_IDS.filter((other) => other !== id && isPresetOn(settings, other));
  const next: Record<string, unknown> = { ...settings };
  for (const key of Object.keys(PRESETS[id].settings) as (keyof Settings)[]) {
    if (kept.some((other) => key in PRESETS[other].settings)) continue;
    next[key] = defaults[key];
  }
  return next as unknown as Settings;
}
