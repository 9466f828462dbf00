import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { STAGE_FILES_MARK } from '../src/app/stage-warmup';
import { expect, reachForThePage, test } from './support/fixtures';

// JavaScript, gzipped as a server would send it. The title's scripts are those the page asks for
// before the 3D half's files start downloading: the boot script index.html names, then the app it
// imports once the title has painted (React, the store, the story's words, the overlay). The 3D
// half (three, fiber, drei, the XR stack, the scenes) downloads after the title is live and runs
// on the visitor's first intent. Ratchets: lower them as the app gets lighter.
// Before the title was prerendered, the title loaded 395 kB before it showed anything. The input
// map (keys, remapping, the gamepad's menus, touch) answers on the title too: 91.3 kB with it.
// The interface's English strings (assets/ui/en.json, every panel's, 3.4 kB) travel with the
// title so that it hydrates at once; other languages load when chosen: 94.7 kB with them, 95.2 kB
// with the adaptive quality levels too; 97.2 kB once the story's words came from assets/ too (the
// English words and their joining to the structure, and the lookups that load another language).
// The boot script that imports the app once the title has painted (2.0 kB, with the bundler's
// preload helper and the early input's keeping), the warm-up on intent: 100.8 kB.
const TITLE_JS_BUDGET_KB = 101;
// Everything the page fetches for the title and the 3D half together.
// 397 kB before sound captions, descriptions, Describe, the presets and the grouped settings came
// (about 5 kB, most of it in the 3D half and the walk's overlay, which left the title's script);
// 405.8 kB once the crowd and the ship's set had come too (shared modules the construct warms);
// 408.7 kB with the interface's strings by key (the English table and its lookup), 409.8 kB with
// the adaptive quality levels too; 413.1 kB with the story's words from assets/ (the sound
// captions' words are both in the sound sources and in the words for Describe) and the service
// worker's registration; 415.6 kB with the boot script split from the app's (each file gzipped on its own).
const WARMED_JS_BUDGET_KB = 416;

/** Each JavaScript file the page fetched, gzipped, in the order it was asked for. */
function recordScripts(page: Page): Promise<{ file: string; gzip: number }>[] {
  const bodies: Promise<{ file: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) bodies.push(response.body().then((body) => ({ file: url.pathname, gzip: gzipSync(body).length })));
  });
  return bodies;
}

/** The scripts the page had asked for before the 3D half's files started downloading. */
function fetchedBeforeStageFiles(page: Page): Promise<string[]> {
  return page.evaluate((mark) => {
    const start = performance.getEntriesByName(mark)[0]!.startTime;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < start && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname);
  }, STAGE_FILES_MARK);
}

test('the title needs at most the budgeted JavaScript, and the rest loads after it', async ({ page }) => {
  const bodies = recordScripts(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  // The title's own scripts are those fetched before the 3D half's files begin to download.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, STAGE_FILES_MARK);
  const titleFiles = await fetchedBeforeStageFiles(page);
  await reachForThePage(page);
  // A file fetched twice (the warm-up's download, then the import) counts once, as a cache serves it.
  const files = [...new Map((await Promise.all(bodies)).sort((a, b) => a.gzip - b.gzip).map((f) => [f.file, f])).values()];
  const kB = (list: { gzip: number }[]) => list.reduce((sum, f) => sum + f.gzip, 0) / 1000;
  const describe = (list: { file: string; gzip: number }[]) =>
    [...list]
      .sort((a, b) => b.gzip - a.gzip)
      .map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`)
      .join(', ');

  const title = files.filter((f) => titleFiles.includes(f.file));
  expect(title.length, 'the title scripts were fetched').toBe(titleFiles.length);
  console.log(`title JS ${kB(title).toFixed(1)} kB gzip: ${describe(title)}; with the 3D half ${kB(files).toFixed(1)} kB`);
  expect(kB(title), `title JS gzip kB (${describe(title)})`).toBeLessThanOrEqual(TITLE_JS_BUDGET_KB);
  expect(kB(files), `all JS gzip kB (${describe(files)})`).toBeLessThanOrEqual(WARMED_JS_BUDGET_KB);
  // three.js and the XR stack are not among the title's scripts.
  expect(title.map((f) => f.file).join(' ')).not.toMatch(/three|xr|stage/i);
});

test('a visitor who only reads the title never runs the 3D half: its files download, and run on the first intent', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  // The files of the 3D half have downloaded (named in the page by the build; the stage's entry among them).
  const stageEntry = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="salvage-stage-files"]')!.content.split(' ')[0]!);
  expect(stageEntry).toMatch(/stage-entry/);
  await page.waitForFunction(
    (file) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname === file && (entry as PerformanceResourceTiming).responseEnd > 0),
    stageEntry,
  );
  // Frames went by with the files there: still no Canvas, no automation API (both come with the 3D half).
  const frames = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done(3))))));
  expect(frames).toBe(3);
  expect(await page.evaluate(() => ({ canvas: document.querySelector('canvas') !== null, api: window.salvage !== undefined }))).toEqual({ canvas: false, api: false });

  // The pointer comes onto the page: the 3D half runs, and the Canvas mounts behind the title.
  await page.mouse.move(200, 200);
  await page.waitForFunction(() => window.salvage !== undefined && document.querySelector('canvas') !== null);
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
});

test('a click on the title before the app has adopted it is answered once it has', async ({ page }) => {
  // The app's code is held back until the click has been made on the prerendered title.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/main-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const settings = page.getByRole('button', { name: 'Settings' });
  await settings.click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0);
  release();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});
