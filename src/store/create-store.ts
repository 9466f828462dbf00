import type { Language } from '../i18n/languages';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScriptIndex } from '../story/script-index';
import { SAVE_NOTICES } from './notices';
import { sanitizeSave, SAVE_VERSION, type SaveData, type SaveProblem } from './save-data';
import { createSafeStorage } from './safe-storage';
import { defaultSettings, sanitizeSettings } from './settings';
import { createQualitySlice } from './slices/quality-slice';
import { createSettingsSlice } from './slices/settings-slice';
import { createStorySlice } from './slices/story-slice';
import { createUiSlice } from './slices/ui-slice';
import type { SalvageState } from './types';

export const SAVE_KEY = 'salvage-save';

export interface StoreOptions {
  index: ScriptIndex;
  /** The storage to persist to; undefined keeps everything in memory. */
  storage?: () => Storage | undefined;
  prefersReducedMotion?: boolean;
  /** The language when nothing is saved (the browser's preference). */
  language?: Language;
}

export type SalvageStore = StoreApi<SalvageState>;

/** One store for the whole app, sliced; persistence wraps the combined store. */
export function createSalvageStore({ index, storage, prefersReducedMotion = false, language }: StoreOptions): SalvageStore {
  const early: SaveProblem[] = [];
  let report: (problem: SaveProblem) => void = (problem) => early.push(problem);
  const fallbackSettings = defaultSettings(prefersReducedMotion, language);

  const store = createStore<SalvageState>()(
    persist(
      (...a) => ({
        ...createStorySlice(index)(...a),
        ...createSettingsSlice(prefersReducedMotion, language)(...a),
        ...createUiSlice(...a),
        ...createQualitySlice(...a),
      }),
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        storage: createSafeStorage(storage ?? (() => undefined), (p) => report(p)),
        partialize: (s): SaveData => ({ settings: s.settings, progress: s.progress }),
        // Version 1 is the first shape: a save of any other version keeps its settings, where
        // they still make sense, and starts the walk again.
        migrate: (persisted, version): SalvageState => {
          report(version < SAVE_VERSION ? 'old-version' : 'foreign');
          const settings = sanitizeSettings((persisted as Partial<SaveData> | null)?.settings, fallbackSettings);
          return { settings, progress: null } as SaveData as SalvageState;
        },
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current;
          const { data, problem } = sanitizeSave(persisted, index, current.settings);
          if (problem) report(problem);
          return { ...current, ...data };
        },
      },
    ),
  );
  report = (problem) => store.getState().pushNotice(SAVE_NOTICES[problem]);
  for (const problem of early) report(problem);
  return store;
}
