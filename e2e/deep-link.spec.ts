import { expect, snapshot, test, waitUntilReady } from './support/fixtures';

test('?scene=construct starts in the construct at its spawn', async ({ page }) => {
  await page.goto('/?scene=construct');
  await waitUntilReady(page);
  const state = await snapshot(page);
  expect(state).toMatchObject({ scene: 'construct', mode: 'explore' });
  expect(state.player.position).toEqual([0, 0, 8]);
  await expect(page.getByRole('heading', { name: 'Salvage' })).toHaveCount(0);
});

test('?beat= starts at that beat, its first line on screen', async ({ page }) => {
  await page.goto('/?beat=construct.threshold');
  await waitUntilReady(page);
  const state = await snapshot(page);
  expect(state.beat).toBe('construct.threshold');
  expect(state.line?.speaker).toBe('link');
  await expect(page.getByRole('status').filter({ hasText: state.line!.text })).toBeVisible();
});

test('a beat deep in the story carries what Neo would carry', async ({ page }) => {
  await page.goto('/?beat=corridor.offer');
  await page.waitForFunction(() => window.salvage?.state().beat === 'corridor.offer');
  const state = await snapshot(page);
  expect(state.scene).toBe('corridor');
  expect(state.inventory.sort()).toEqual(['blue-pill', 'red-pill']);
});

for (const [query, words] of [
  ['?scene=atlantis', /no scene called "atlantis"/i],
  ['?beat=corridor.nowhere', /no beat called "corridor\.nowhere"/i],
  ['?scene=%3Cscript%3E', /not a valid name/i],
  ['?scene=title', /no scene called "title"/i],
  ['?scene=construct&beat=construct.threshold', /both a scene and a beat/i],
] as const) {
  test(`a bad deep link (${query}) lands on the title with a notice`, async ({ page }) => {
    await page.goto('/' + query);
    await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(words);
    await expect(page.getByRole('alert')).toContainText('Starting from the title');
    expect((await snapshot(page)).mode).toBeNull();
    // The notice can be dismissed, and Start still works.
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitUntilReady(page);
  });
}
