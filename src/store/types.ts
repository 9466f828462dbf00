import type { QualitySlice } from './slices/quality-slice';
import type { SettingsSlice } from './slices/settings-slice';
import type { StorySlice } from './slices/story-slice';
import type { UiSlice } from './slices/ui-slice';

export type SalvageState = StorySlice & SettingsSlice & UiSlice & QualitySlice;
