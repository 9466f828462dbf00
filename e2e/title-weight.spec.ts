import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

// JavaScript, gzipped as a server would send it. The title needs only what index.html names (its
// entry and that entry's static imports: React, the store, the story's words, the overlay); the 3D
// half (three, fiber, drei, the XR stack, the scenes) loads after the title is live, in the
// background. Ratchets: lower them as the app gets lighter.
// Before the title was prerendered, the title loaded 395 kB before it showed anything. The input
// map (keys, remapping, the gamepad's menus, touch) answers on the title too: 91.3 kB with it.
// The interface's English strings (assets/ui/en.json, every panel's, 3.4 kB) travel with the
// title so that it hydrates at once; other languages load when chosen: 94.7 kB with them, 95.2 kB
// with the adaptive quality levels too; 97.2 kB once the story's words came from assets/ too (the
// English words and their joining to the structure, and the lookups that load another language).
const TITLE_JS_BUDGET_KB = 98;
// Everything the page fetches while the visitor reads the title, the 3D half warmed included.
// 397 kB before sound captions, descriptions, Describe, the presets and the grouped settings came
// (about 5 kB, most of it in the 3D half and the walk's overlay, which left the title's script);
// 405.8 kB once the crowd and the ship's set had come too (shared modules the construct warms);
// 408.7 kB with the interface's strings by key (the English table and its lookup), 409.8 kB with
// the adaptive quality levels too; 413.1 kB with the story's words from assets/ (the sound
// captions' words are both in the sound sources and in the words for Describe) and the service
// worker's registration.
const WARMED_JS_BUDGET_KB = 414;

test('the title needs at most the budgeted JavaScript, and the rest loads after it', async ({ page }) => {
  const bodies: Promise<{ file: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) bodies.push(response.body().then((body) => ({ file: url.pathname, gzip: gzipSync(body).length })));
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.waitForFunction(() => window.salvage !== undefined);
  const files = await Promise.all(bodies);
  const kB = (list: { gzip: number }[]) => list.reduce((sum, f) => sum + f.gzip, 0) / 1000;
  const describe = (list: { file: string; gzip: number }[]) =>
    [...list]
      .sort((a, b) => b.gzip - a.gzip)
      .map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`)
      .join(', ');

  // What the page itself names: <script type="module" src> and <link rel="modulepreload">.
  const named = await page.request.get('/').then(async (r) => [...(await r.text()).matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]));
  const title = files.filter((f) => named.includes(f.file));
  expect(title.length, 'the title scripts named in index.html were fetched').toBe(named.length);
  console.log(`title JS ${kB(title).toFixed(1)} kB gzip: ${describe(title)}; with the 3D half warmed ${kB(files).toFixed(1)} kB`);
  expect(kB(title), `title JS gzip kB (${describe(title)})`).toBeLessThanOrEqual(TITLE_JS_BUDGET_KB);
  expect(kB(files), `all JS gzip kB (${describe(files)})`).toBeLessThanOrEqual(WARMED_JS_BUDGET_KB);
  // three.js and the XR stack are not among the title's scripts.
  expect(title.map((f) => f.file).join(' ')).not.toMatch(/three|xr/i);
});
