import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/app/csp-plugin';
import { pwa } from './src/app/pwa-plugin';
import { stageFiles } from './src/app/stage-files-plugin';
import { titlePrerender } from './src/app/title-prerender-plugin';
import { storyText } from './src/story/story-text-plugin';
import { xrProfiles } from './src/xr/xr-profiles-plugin';

// One config for the app, its production build and the unit tests.
export default defineConfig({
  plugins: [react(), xrProfiles(), titlePrerender(), stageFiles(), storyText(), ...pwa(), contentSecurityPolicy()],
  resolve: {
    // See src/xr/iwer-extras-stub.ts: the emulator's dev UI and synthetic rooms are never used.
    alias: {
      '@iwer/devui': fileURLToPath(new URL('./src/xr/iwer-extras-stub.ts', import.meta.url)),
      '@iwer/sem': fileURLToPath(new URL('./src/xr/iwer-extras-stub.ts', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // A test's first import of a scene module can take seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
