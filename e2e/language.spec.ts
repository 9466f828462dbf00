import { readFileSync } from 'node:fs';
import type { UiTable } from '../src/i18n/ui-text';
import { expect, snapshot, test } from './support/fixtures';

// The interface's own strings, read from the files the app bundles: the test knows no translation by heart.
const strings = (language: string) => JSON.parse(readFileSync(new URL(`../assets/ui/${language}.json`, import.meta.url), 'utf8')) as UiTable;
const [en, fr, de, es] = ['en', 'fr', 'de', 'es'].map(strings) as [UiTable, UiTable, UiTable, UiTable];

const startButton = (name: string) => ({ name, exact: true });

test('?lang=fr shows the title in French and says so in <html lang>', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.getByRole('button', startButton(fr['title.start']))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText(fr['title.tagline'])).toBeVisible();
  await expect(page.getByRole('combobox', { name: fr['language.label'] })).toHaveValue('fr');
  // Asked for by the link, the language is saved like a choice made in Settings.
  expect((await snapshot(page)).settings.language).toBe('fr');
});

test('the language chosen in Settings survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', startButton(en['common.settings'])).click();
  await page.getByRole('dialog').getByLabel(en['language.label']).selectOption('de');
  await expect(page.getByRole('heading', { name: de['settings.heading'], exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: de['settings.done'] }).click();

  await page.reload();
  await expect(page.getByRole('button', startButton(de['title.start']))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('an unknown ?lang= says so in a notice, and the page works in English', async ({ page }) => {
  await page.goto('/?lang=xx');
  const notice = page.locator('[data-notice="language-unknown"]');
  await expect(notice).toContainText('"xx"');
  await expect(notice).toContainText('English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', startButton(en['title.start'])).click();
  await page.waitForFunction(() => window.salvage?.state().mode === 'explore');
  expect((await snapshot(page)).settings.language).toBe('en');
});

test.describe('with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('and nothing saved, the title is in Spanish', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', startButton(es['title.start']))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: es['common.settings'] })).toBeVisible();
  });
});
