// Finds a browser for the end-to-end tests before `npm test` runs them, and gets one where none is
// found: as root on Debian or Ubuntu, Chromium from the system's packages; elsewhere, Playwright's
// own build. Says what it does; stops with directions only when that fails too.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const playwrightsOwn = () => (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
const findBrowser = () => chromiumPath() ?? playwrightsOwn();

/** Runs a command with its output shown; false when it fails. */
function run(command, args, env = process.env) {
  try {
    execFileSync(command, args, { stdio: 'inherit', env });
    return true;
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

function installBrowser() {
  if (isRoot && isDebian) {
    console.log("No browser for the end-to-end tests: installing Debian's Chromium (apt-get install chromium)...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium'], env)) return;
    console.log("apt-get could not install Chromium; trying Playwright's own build.");
  } else {
    console.log("No browser for the end-to-end tests: downloading Playwright's Chromium (npx playwright install chromium)...");
  }
  // The CI script skips the download at `npm ci`; asked for by name here, it is wanted.
  const { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: _skip, ...env } = process.env;
  run('npx', ['playwright', 'install', 'chromium'], env);
}

let found = findBrowser();
if (!found) {
  installBrowser();
  found = findBrowser();
}
if (!found) {
  console.error(`
No browser for the end-to-end tests, and none could be installed.
  Debian or Ubuntu:  sudo apt-get install -y chromium        (used from /usr/bin/chromium)
  Any Chromium:      CHROMIUM_PATH=/path/to/chromium npm test
  Elsewhere:         npx playwright install chromium          (Playwright's own build)
`);
  process.exit(1);
}
console.log(`e2e browser: ${found}`);
