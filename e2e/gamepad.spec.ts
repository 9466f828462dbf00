import type { Page } from '@playwright/test';
import { readToChoice } from './support/corridor-walk';
import { expect, JOURNEY, readToEnd, snapshot, test, waitUntilReady } from './support/fixtures';
import { BUTTON, holdStickUntil, plugInScriptedPad, pressButton, STICK } from './support/gamepad';

const pressA = (page: Page) => pressButton(page, BUTTON.A);

test.describe('a gamepad alone', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use(JOURNEY);
  test.beforeEach(async ({ page }) => plugInScriptedPad(page));

  test('from the title by the d-pad and (A), to Smith by the left stick; (A) reads on, Start pauses and resumes; walking back out ends the walk', async ({ page }) => {
    // A walk saved in the corridor, so that the title offers to continue it there.
    await page.goto('/?scene=corridor');
    await waitUntilReady(page);
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^Continue/ })).toBeVisible();
    await pressButton(page, BUTTON.UP);
    await expect(page.getByRole('button', { name: /^Continue/ })).toBeFocused();
    await pressA(page);
    await waitUntilReady(page);
    expect((await snapshot(page)).device).toBe('gamepad');
    await expect(page.locator('.walk-hint')).toContainText('Left stick to walk');

    await readToEnd(page, 30, pressA);
    await holdStickUntil(page, STICK.forward, "window.salvage.state().beat === 'corridor.greeting'");
    await expect(page.locator('.continue-hint')).toHaveText('(A)');
    const { line } = await snapshot(page);
    await pressA(page);
    expect((await snapshot(page)).line).not.toEqual(line);

    await pressButton(page, BUTTON.START);
    await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
    await pressButton(page, BUTTON.START);
    await expect(page.getByRole('dialog', { name: 'Paused' })).toHaveCount(0);

    // Back to the door he came in by, mid-conversation.
    await holdStickUntil(page, STICK.back, "window.salvage.state().beat === 'corridor.walk-away'");
    await readToEnd(page, 30, pressA);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'walked-away');
  });

  test('the d-pad moves between the choices and (A) takes the focused one', async ({ page }) => {
    await page.goto('/?beat=corridor.offer');
    await waitUntilReady(page);
    expect(await readToChoice(page, 10, pressA)).toEqual(['Hold out the red pill', 'Hold out the blue pill']);
    await expect(page.getByRole('button', { name: /Hold out the red pill/ })).toBeFocused();
    await pressButton(page, BUTTON.DOWN);
    await expect(page.getByRole('button', { name: /Hold out the blue pill/ })).toBeFocused();
    await pressA(page);
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.blue-first');
  });

  test("Smith's touch on the beach rumbles the pad", async ({ page }) => {
    await page.goto('/?beat=beach.shore');
    await waitUntilReady(page);
    await readToEnd(page, 30, pressA);
    expect(await page.evaluate(() => window.__rumbles!.length)).toBe(0);
    await holdStickUntil(page, STICK.forward, "window.salvage.state().beat === 'beach.touch'");
    await page.waitForFunction(() => window.__rumbles!.length > 0, null, { timeout: 60_000 });
    const [kind] = (await page.evaluate(() => window.__rumbles![0])) as [string];
    expect(kind).toBe('dual-rumble');
  });
});
