import { readToChoice } from './support/corridor-walk';
import { expect, holdKeyUntil, JOURNEY, readToEnd, readUntilScene, snapshot, test, waitUntilReady } from './support/fixtures';

/** Waits until the story stands in `scene`, staged and drawn, with `beat` playing. */
async function arriveAt(page: import('@playwright/test').Page, scene: string, beat: string): Promise<void> {
  await page.waitForFunction(
    ([scene, beat]) => {
      const s = window.salvage?.state();
      return s?.scene === scene && s.ready && s.beat === beat;
    },
    [scene, beat] as const,
    { timeout: 60_000 },
  );
}

test.describe('the whole story, to the found ending', () => {
  test.describe.configure({ timeout: 480_000 });
  test.use(JOURNEY);

  test('title to found: through the rescue ship and the beach, with the keyboard and the mouse', async ({ page }) => {
    // The title, and Start.
    await page.goto('/');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitUntilReady(page);
    expect((await snapshot(page)).scene).toBe('construct');
    // The plaza and the corridor have their own walks (plaza.spec, corridor.spec): skip to the
    // corridor's end on the found path, as a deep link would.
    await page.evaluate(() => window.salvage!.jump('corridor.exchange'));
    await waitUntilReady(page);
    await readUntilScene(page, 'interlude');

    // The rescue ship: read, then walk through the door to the boy.
    await arriveAt(page, 'interlude', 'interlude.control-room');
    await readToEnd(page);
    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'interlude.michael'");
    expect(await readToChoice(page)).toEqual(['Say "please"', 'Say nothing']);
    await page.getByRole('button', { name: 'Say "please"' }).click();
    await expect.poll(async () => (await snapshot(page)).beat).toBe('interlude.chip');
    expect((await snapshot(page)).inventory).toContain('chip');
    await expect(page.locator('[data-item="chip"]')).toBeVisible();
    // The boy is ushered away; then the night shift in Zion (the chip's beat runs straight into it).
    await readUntilScene(page, 'beach');
    expect((await snapshot(page)).inventory).toContain('chip');

    // The construct in Ghost's old room: white, until the player wills it away.
    await arriveAt(page, 'beach', 'beach.white');
    await readToEnd(page);
    await expect(page.getByRole('button', { name: /Will the white away/ })).toBeVisible();
    await page.keyboard.press('KeyE');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.shore');
    await readToEnd(page);
    // Down to the shore, until fingers touch his arm.
    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'beach.touch'");
    await readToChoice(page);
    await page.keyboard.press('Digit1');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.whisper');
    await readToEnd(page);

    const ending = page.getByRole('dialog');
    await expect(ending).toHaveAttribute('data-ending', 'found');
    await expect(ending).toContainText('the sea keeps its continual motion');
    await expect(ending).toContainText('The rescue ship, then Zion at night');
    await expect(ending).toContainText('The construct, by the ocean');
    await expect(ending).toContainText('Say "please"');
    expect((await snapshot(page)).ending).toBe('found');
  });
});
