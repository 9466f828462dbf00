import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

/** The icon's source, drawn by hand in SVG (public/icons/icon.svg, also served as it is). */
export const ICON_SOURCE = new URL('../../public/icons/icon.svg', import.meta.url);
/** The PNG sizes an install needs: 192 for the home screen, 512 for the splash screen and stores. */
export const ICON_SIZES = [192, 512] as const;
/** Where each PNG is served from, beside the SVG. */
export const iconPath = (size: number): string => `icons/icon-${size}.png`;

/** The SVG rasterised at `size` pixels square. */
export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: '#0b0f0c' }).render().asPng();
}

/**
 * Emits the manifest's PNG icons at build time from the SVG, so no binary art is committed and
 * the PNGs can never drift from their source. The dev server does not serve them (the manifest is
 * a build-only file too).
 */
export function appIcons(): Plugin {
  return {
    name: 'salvage-app-icons',
    apply: 'build',
    generateBundle() {
      const svg = readFileSync(ICON_SOURCE, 'utf8');
      for (const size of ICON_SIZES) this.emitFile({ type: 'asset', fileName: iconPath(size), source: renderIcon(svg, size) });
    },
  };
}
