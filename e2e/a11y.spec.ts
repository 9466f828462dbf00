import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startWalk, test } from './support/fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('canvas').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the title screen has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/');
  // Let the prologue finish rising in, so colours are measured at rest.
  await page.waitForTimeout(6000);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the settings panel has no serious or critical violations, and its controls work', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Settings' });
  await expect(panel).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await panel.getByLabel('Reduce flashing').check();
  await panel.getByLabel('Subtitle size').selectOption('large');
  await panel.getByLabel('Volume').fill('0.3');
  const settings = await page.evaluate(() => window.salvage!.state().settings);
  expect(settings).toMatchObject({ reduceFlashing: true, subtitleSize: 'large', volume: 0.3 });
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
});

test('the dialogue and the pause menu have no serious or critical violations', async ({ page }) => {
  await startWalk(page);
  await expect(page.getByRole('status').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
