// Stops `npm test` early, with directions, when there is no browser to run the e2e tests in.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.mjs';

const found = chromiumPath() ?? (existsSync(chromium.executablePath()) ? chromium.executablePath() : undefined);
if (!found) {
  console.error(`
No browser for the end-to-end tests.
  Debian or Ubuntu:  sudo apt-get install -y chromium        (used from /usr/bin/chromium)
  Any Chromium:      CHROMIUM_PATH=/path/to/chromium npm test
  Elsewhere:         npx playwright install chromium          (Playwright's own build)
`);
  process.exit(1);
}
console.log(`e2e browser: ${found}`);
