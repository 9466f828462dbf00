import type { StateCreator } from 'zustand';
import type { Language } from '../../i18n/languages';
import { defaultSettings, sanitizeSettings, type Settings } from '../settings';
import type { SalvageState } from '../types';

export interface SettingsSlice {
  settings: Settings;
  updateSettings: (patch: Partial<Settings>) => void;
  resetSettings: () => void;
  /** The defaults this visitor's settings reset to (reduce motion on where the system asks). */
  defaultSettings: () => Settings;
}

export const createSettingsSlice =
  (prefersReducedMotion: boolean, language?: Language): StateCreator<SalvageState, [], [], SettingsSlice> =>
  (set, get) => ({
    settings: defaultSettings(prefersReducedMotion, language),
    updateSettings: (patch) => set({ settings: sanitizeSettings({ ...get().settings, ...patch }, get().settings) }),
    // The language chosen stays: a reset is about how the walk feels, not which words it speaks.
    resetSettings: () => set({ settings: { ...defaultSettings(prefersReducedMotion, language), language: get().settings.language } }),
    defaultSettings: () => defaultSettings(prefersReducedMotion, language),
  });
