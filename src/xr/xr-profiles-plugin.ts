import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';
import { XR_PROFILES_URL } from './xr-profiles-url';

/**
 * The input profiles Salvage's XR session can meet: a Quest's Touch Plus controllers, the
 * generic fallbacks @react-three/xr uses, and tracked hands. Nothing else is copied (the whole
 * package is ~40 MB).
 */
const PROFILE_FILES = [
  'profilesList.json',
  ...['meta-quest-touch-plus', 'generic-hand'].flatMap((p) => [`${p}/profile.json`, `${p}/left.glb`, `${p}/right.glb`]),
  ...['profile.json', 'left.glb', 'right.glb', 'none.glb'].map((f) => `generic-trigger/${f}`),
];

function profilesRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
}

/**
 * Serves (dev, preview of a build) and emits (build) the WebXR input profiles from the
 * `@webxr-input-profiles/assets` devDependency, so no model comes from a CDN and nothing large
 * is committed. Works offline after `npm ci`.
 */
export function xrProfiles(): Plugin {
  const root = profilesRoot();
  const wanted = new Set(PROFILE_FILES);
  return {
    name: 'salvage-xr-profiles',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        const prefix = `${server.config.base}${XR_PROFILES_URL}`;
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : null;
        if (!file || !wanted.has(file)) return next();
        const full = normalize(join(root, file));
        if (!full.startsWith(root + sep) || !existsSync(full)) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'model/gltf-binary');
        res.setHeader('Content-Length', String(statSync(full).size));
        createReadStream(full).pipe(res);
      });
    },
    generateBundle() {
      for (const file of PROFILE_FILES) {
        this.emitFile({ type: 'asset', fileName: `${XR_PROFILES_URL}${file}`, source: readFileSync(join(root, file)) });
      }
    },
  };
}
