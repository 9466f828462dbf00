import type { Page } from '@playwright/test';
import { readToChoice } from './support/corridor-walk';
import { expect, JOURNEY, readToEnd, snapshot, test, waitUntilReady } from './support/fixtures';
import { dragToLook, holdStickUntil, tapSubtitle } from './support/touch';

/** A phone held sideways: touch only, a phone's size. */
const PHONE_LANDSCAPE = { viewport: { width: 740, height: 360 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Opens the title and taps one of its buttons, then waits for the scene. */
async function tapOnTitle(page: Page, name: RegExp): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name }).tap();
  await waitUntilReady(page);
}

test.describe('a phone held sideways, by touch alone', () => {
  test.use({ ...PHONE_LANDSCAPE, openAtQuality: JOURNEY.openAtQuality });
  test.describe.configure({ timeout: 180_000 });

  test('Start is tapped; the hints speak of thumbs; a drag on the right turns the view; the left thumb walks', async ({ page }) => {
    await tapOnTitle(page, /^Start$/);
    const start = await snapshot(page);
    expect(start.device).toBe('touch');
    await expect(page.locator('.walk-hint')).toContainText('Left thumb to walk');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    await dragToLook(page, -120);
    await expect.poll(async () => (await snapshot(page)).player.yaw).toBeGreaterThan(start.player.yaw + 0.3);
    const turned = await snapshot(page);
    // Walking forward along the new heading moves the player away from where they stood.
    await holdStickUntil(
      page,
      `(() => { const p = window.salvage.state().player.position; return Math.hypot(p[0] - ${turned.player.position[0]}, p[2] - ${turned.player.position[2]}) > 1; })()`,
      'forward',
    );

    await page.getByRole('button', { name: 'Pause' }).tap();
    await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).tap();
    await expect(page.getByRole('dialog', { name: 'Paused' })).toHaveCount(0);
  });

  test('the corridor from the title to Smith by the left thumb, read by taps on the subtitle; walking back out ends the walk', async ({ page }) => {
    // A walk saved in the corridor, so that the title offers to continue it there.
    await page.goto('/?scene=corridor');
    await waitUntilReady(page);
    await tapOnTitle(page, /^Continue/);
    expect((await snapshot(page)).scene).toBe('corridor');

    await readToEnd(page, 30, tapSubtitle);
    await holdStickUntil(page, "window.salvage.state().beat === 'corridor.greeting'", 'forward');
    const { line } = await snapshot(page);
    await tapSubtitle(page);
    expect((await snapshot(page)).line).not.toEqual(line);
    // Back to the door he came in by, mid-conversation.
    await holdStickUntil(page, "window.salvage.state().beat === 'corridor.walk-away'", 'back');
    await readToEnd(page, 30, tapSubtitle);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'walked-away');
    expect((await snapshot(page)).device).toBe('touch');
  });

  test('a choice is taken by a tap on it', async ({ page }) => {
    await page.goto('/?beat=corridor.offer');
    await waitUntilReady(page);
    expect(await readToChoice(page, 10, tapSubtitle)).toEqual(['Hold out the red pill', 'Hold out the blue pill']);
    await page.getByRole('button', { name: /Hold out the blue pill/ }).tap();
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.blue-first');
  });
});

test.describe('a phone held upright', () => {
  test.use({ ...PHONE_LANDSCAPE, viewport: { width: 360, height: 740 } });

  test('the title fits the width: no sideways scroll, every button inside the screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^Start$/ })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const button of await page.locator('.title-screen button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
  });
});
