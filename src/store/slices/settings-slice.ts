import type { StateCreator } from 'zustand';
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
  (prefersReducedMotion: boolean): StateCreator<SalvageState, [], [], SettingsSlice> =>
  (set, get) => ({
    settings: defaultSettings(prefersReducedMotion),
    updateSettings: (patch) => set({ settings: sanitizeSettings({ ...get().settings, ...patch }, get().settings) }),
    resetSettings: () => set({ settings: defaultSettings(prefersReducedMotion) }),
    defaultSettings: () => defaultSettings(prefersReducedMotion),
  });
