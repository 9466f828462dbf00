import { animationsSettled, seriousViolations } from './support/axe';
import { readToChoice } from './support/corridor-walk';
import { expect, snapshot, startWalk, test, waitUntilReady } from './support/fixtures';

test('the title screen has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  // The prologue rises in line by line: colours are measured once it has come to rest.
  await expect(page.getByRole('region', { name: 'Prologue' })).toBeVisible();
  await animationsSettled(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the settings panel, with its presets, has no serious or critical violations, and its controls work', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Settings' });
  await expect(panel).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await panel.getByLabel('Reduce flashing').check();
  await panel.getByLabel('Subtitle size').selectOption('large');
  await panel.getByLabel('Volume').fill('0.3');
  const { settings } = await snapshot(page);
  expect(settings).toMatchObject({ reduceFlashing: true, subtitleSize: 'large', volume: 0.3 });
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
});

test('the choices, with sound captions and descriptions on screen, have no serious or critical violations', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Low vision' }).click();
  await page.getByRole('button', { name: 'Hard of hearing' }).click();
  await expect(page.getByRole('button', { name: 'Hard of hearing' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Low vision' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/?beat=corridor.offer');
  await waitUntilReady(page);
  await readToChoice(page);
  await expect(page.getByRole('group', { name: 'Choose' })).toBeVisible();
  await expect(page.locator('.description')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dialogue and the pause menu have no serious or critical violations', async ({ page }) => {
  await startWalk(page);
  await expect(page.locator('.subtitle-live .subtitle')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
