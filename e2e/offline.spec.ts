import { expect, test, waitUntilReady } from './support/fixtures';

// The one spec where the service worker runs (the rest of the suite blocks it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

test('after one visit, the title and a scene load and play with the network off', async ({ page, context }) => {
  // The worker's own downloads (the precache) are not the page's: watched on the whole context.
  const external: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^(data|blob):$/.test(url.protocol) && !LOCAL.has(url.hostname)) external.push(url.href);
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
  // Installed and activated: the whole precache is stored (install fails if any file does).
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state === 'activating') await new Promise((done) => worker.addEventListener('statechange', done, { once: true }));
    return worker.state;
  });
  expect(state).toBe('activated');
  // The first page was loaded before the worker existed; from the next load on, it answers.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  for (const file of ['/index.html', '/text.html', '/fonts/DejaVuSans.ttf', '/xr-profiles/meta-quest-touch-plus/left.glb', '/xr-profiles/profilesList.json']) {
    expect(cached, `${file} is precached`).toContain(file);
  }
  expect(cached.filter((url) => /\/assets\/.*\.js$/.test(url)).length, "the scenes' chunks are precached").toBeGreaterThan(10);
  // The headset emulator (iwer) is only for `?xr=emulate`: not downloaded for everyone.
  expect(cached.filter((url) => /\/assets\/(emulate|lib)-/.test(url))).toEqual([]);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  expect(await page.evaluate(() => window.salvage!.state().scene)).toBe('corridor');
  // It plays: frames go on being drawn, with the corridor in them.
  const drawn = await page.evaluate(() => window.salvage!.stats().frames);
  await page.waitForFunction((before) => window.salvage!.stats().frames > before + 2, drawn, { polling: 'raf' });
  expect((await page.evaluate(() => window.salvage!.stats())).calls).toBeGreaterThan(0);

  // The text version too.
  await page.goto('/text.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await context.setOffline(false);
  expect(external, "requests that left the local server (the worker's included)").toEqual([]);
});
