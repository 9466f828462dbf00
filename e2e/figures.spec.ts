import { expect, snapshot, test, waitUntilReady } from './support/fixtures';

/** The cast as the automation API reports it: what each figure is doing, and where it is on screen. */
async function smith(page: import('@playwright/test').Page) {
  return (await snapshot(page)).cast?.find((member) => member.id === 'smith');
}

test.describe('figures on stage', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the corridor: at "one hand pressed to his forehead", Smith leans with his hand to his forehead, in sight', async ({ page }) => {
    await page.goto('/?beat=corridor.why');
    await waitUntilReady(page);
    for (let i = 0; i < 10 && !(await snapshot(page)).line?.text.startsWith('Smith leans against the wall'); i += 1) {
      const before = JSON.stringify((await snapshot(page)).line);
      await page.keyboard.press('Space');
      await page.waitForFunction((b) => JSON.stringify(window.salvage!.state().line) !== b, before);
    }
    expect((await snapshot(page)).line?.text).toMatch(/^Smith leans against the wall, one hand pressed to his forehead/);
    await expect.poll(async () => (await smith(page))?.clip).toBe('forehead');
    expect((await smith(page))?.inSight).toBe(true);
  });

  test('the beach: with the glasses off, Smith stands in the view, his head in frame, at least a third of its height', async ({ page }) => {
    await page.goto('/?beat=beach.whisper');
    await waitUntilReady(page);
    await expect.poll(async () => (await smith(page))?.inSight).toBe(true);
    const [, top, , bottom] = (await smith(page))!.bounds!;
    expect(top, 'the top of his head is inside the view').toBeGreaterThan(0.02);
    expect(bottom - top).toBeGreaterThan(1 / 3);
  });
});
