import { existsSync } from 'node:fs';

/**
 * The Chromium to test with: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined
 * (Playwright's own browser, where a developer has installed it).
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags for Chromium here: root needs --no-sandbox; the rest keep it off the network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
