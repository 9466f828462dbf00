import type { SubtitleSize } from '../../store/settings';

/**
 * DejaVu Sans, served by the app (public/fonts; Bitstream Vera licence, see its LICENSE file):
 * drei's Text would otherwise fetch a font from a CDN. Lines keep to glyphs it has.
 */
export const PANEL_FONT = `${import.meta.env.BASE_URL}fonts/DejaVuSans.ttf`;

/** The panel's size for each subtitle size setting, as the desktop's subtitles grow (medium = 1). */
export const PANEL_SIZE: Record<SubtitleSize, number> = { small: 0.85, medium: 1, large: 1.3 };

/**
 * The subtitle panel's layout (metres, before scaling): its back, and its choice buttons stacked
 * under it. The notice strip goes under the last of them.
 */
export const SUBTITLE_PANEL = { width: 1, height: 0.36, firstChoiceY: -0.24, choiceStep: 0.095 };
