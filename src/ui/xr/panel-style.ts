/**
 * DejaVu Sans, served by the app (public/fonts; Bitstream Vera licence, see its LICENSE file):
 * drei's Text would otherwise fetch a font from a CDN. Lines keep to glyphs it has.
 */
export const PANEL_FONT = `${import.meta.env.BASE_URL}fonts/DejaVuSans.ttf`;
