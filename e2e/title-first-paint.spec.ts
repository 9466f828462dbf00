import type { Page } from '@playwright/test';
import { expect, reachForThePage, test } from './support/fixtures';

// The title is in the HTML as it arrives (prerendered at build time from the app's components):
// readable with JavaScript off, and unchanged, not moved, when the app's code takes it over.

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the title, its prologue and notice are there, and the story as text is one link away', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
    await expect(page.getByText('Zion is still standing.')).toBeVisible();
    await expect(page.getByText('He closes his eyes.')).toBeVisible();
    await expect(page.getByText(/Photosensitivity notice/)).toBeVisible();
    await expect(page.getByText(/Salvage is a short story you walk through in 3D/)).toBeVisible();
    // The buttons need JavaScript: they are not offered.
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();
    await page.getByRole('link', { name: 'Read the whole story as text' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
    for (const heading of ['Zion', 'New York', 'Endings']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading, 'i') }).first()).toBeVisible();
    }
    await expect(page.getByText("Well, well, if it isn't Mr. Anderson.").first()).toBeVisible();
  });
});

/** What the title shows and where: its text, and the boxes of its parts (the VR note's words aside). */
function titleLayout(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector('main.title-screen') as HTMLElement;
    const parts = [...title.querySelectorAll('h1, .title-tagline, .prologue-line, .title-actions > button, .photosensitivity, .controls-hint')];
    const text = [...title.querySelectorAll('h1, .title-tagline, .prologue-line, .title-actions > button, .photosensitivity, .controls-hint')].map((el) => el.textContent);
    return { text, boxes: parts.map((el) => el.getBoundingClientRect().toJSON() as DOMRect) };
  });
}

test('the app adopts the prerendered title as it is: the same words, nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // First the page as it paints before any script has run.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  const before = await titleLayout(page);
  await page.unroute('**/*.js');

  // Then live: every layout shift from the first paint on is recorded.
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/');
  // The 3D half runs on the visitor's first intent, and the Canvas mounts behind the title.
  await reachForThePage(page);
  await page.waitForFunction(() => document.querySelector('canvas') !== null);
  // The support check for VR has answered (its note under Enter VR says so), and frames went by.
  await expect(page.locator('.enter-vr-reason')).not.toHaveText(/Looking for/);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await titleLayout(page);

  expect(after.text).toEqual(before.text);
  expect(after.boxes).toEqual(before.boxes);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  expect(consoleErrors, 'no hydration error').toEqual([]);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
});
