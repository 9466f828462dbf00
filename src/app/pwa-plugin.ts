import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appIcons, ICON_SIZES, iconPath } from './app-icons-plugin';

/** Modules of the headset emulator (`?xr=emulate` only) and of iwer's own dependencies: never precached. */
const EMULATOR_MODULE =
  /[\\/]node_modules[\\/](iwer|@iwer[\\/][^\\/]+|webxr-layers-polyfill|gl-matrix)[\\/]|[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]emulate\.js$|[\\/]src[\\/]xr[\\/]iwer-extras-stub\.ts$/;

/** Salvage's look: the title's near-black and green (src/ui/title.css). */
const THEME = { theme: '#0b0f0c', background: '#050806' };

/**
 * Notes which chunks hold the emulator, so the precache can leave them out. A chunk that mixes
 * emulator modules with the app's own is an error: it would be wrong to keep or drop.
 */
function emulatorChunks(found: Set<string>): Plugin {
  return {
    name: 'salvage-emulator-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      found.clear();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const modules = Object.keys(file.modules).filter((id) => file.modules[id]!.renderedLength > 0);
        const emulator = modules.filter((id) => EMULATOR_MODULE.test(id));
        if (!emulator.length) continue;
        const others = modules.filter((id) => !EMULATOR_MODULE.test(id) && !id.startsWith('\0'));
        if (others.length) this.warn(`${file.fileName} mixes the emulator with ${others.slice(0, 3).join(', ')}: precached`);
        else found.add(file.fileName);
      }
      if (!found.size) this.error('No emulator chunk found: is iwer still loaded on demand?');
    },
  };
}

/**
 * Installable and offline after one visit: the web app manifest, its icons (app-icons-plugin.ts),
 * and a Workbox service worker made by vite-plugin-pwa that precaches every chunk (every scene),
 * both pages, the font and the XR controllers' models, but not the headset emulator. The worker
 * waits when a new version arrives (no `skipWaiting`): the page says so and the new version takes
 * over on reload (service-worker.ts), never in the middle of a walk. Registered by the app itself
 * (service-worker.ts), so no inline script is injected.
 */
export function pwa(): Plugin[] {
  const emulator = new Set<string>();
  return [
    appIcons(),
    emulatorChunks(emulator),
    ...VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Salvage',
        short_name: 'Salvage',
        description: 'A short walkable story in 3D: after the war the Matrix is decaying, and Neo goes back in to finish something.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME.theme,
        background_color: THEME.background,
        lang: 'en',
        icons: [
          ...ICON_SIZES.map((size) => ({ src: `/${iconPath(size)}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
          { src: `/${iconPath(512)}`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The manifest is added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,ttf,svg,png,json,glb}'],
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((entry) => ![...emulator].some((file) => entry.url.endsWith(file))), warnings: [] })],
        // Deep links (`/?scene=corridor`) are the same page: any navigation is answered with it.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/xr-profiles\//, /^\/assets\//],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
        // The workbox runtime inside sw.js: one file, nothing to fetch from elsewhere.
        inlineWorkboxRuntime: true,
        sourcemap: false,
      },
    }),
  ];
}
