import type { SubtitleSize } from '../../store/settings';

/**
 * DejaVu Sans, served by the app (public/fonts; Bitstream Vera licence, see its LICENSE file):
 * drei's Text would otherwise fetch a font from a CDN. Lines keep to glyphs it has.
 */
export const PANEL_FONT = `${import.meta.env.BASE_URL}fonts/DejaVuSans.ttf`;

/** The panel's size for each subtitle size setting, as the desktop's subtitles grow (medium = 1). */
export const PANEL_SIZE: Record<SubtitleSize, number> = { small: 0.85, medium: 1, large: 1.3 };
