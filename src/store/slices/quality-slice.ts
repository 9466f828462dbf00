import type { StateCreator } from 'zustand';
import { clampLevel, type QualityMode } from '../../app/quality-levels';
import type { SalvageState } from '../types';

export interface QualitySlice {
  /** The drawing level (0 full) and whether it adapts to the frame rate: see `app/quality-levels`. */
  quality: QualityMode;
  /** Set once at launch, from the address and whether this is capture mode or automation. */
  setQualityMode: (mode: QualityMode) => void;
  /** A step down (+1) or up (-1) while adapting; nothing when pinned or at the end of the range. */
  stepQuality: (direction: 1 | -1) => void;
}

export const createQualitySlice: StateCreator<SalvageState, [], [], QualitySlice> = (set) => ({
  quality: { adaptive: false, level: 0 },
  setQualityMode: (mode) => set({ quality: { adaptive: mode.adaptive, level: clampLevel(mode.level) } }),
  stepQuality: (direction) =>
    set((s) => {
      if (!s.quality.adaptive) return {};
      const level = clampLevel(s.quality.level + direction);
      return level === s.quality.level ? {} : { quality: { ...s.quality, level } };
    }),
});
