import { expect, readToEnd, snapshot, startWalk, test, waitUntilReady } from './support/fixtures';

test('settings and progress survive a reload; Continue resumes the walk', async ({ page }) => {
  await startWalk(page);
  await readToEnd(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Invert look').check();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
  await page.getByRole('button', { name: /Continue/ }).click();
  await waitUntilReady(page);
  const state = await snapshot(page);
  expect(state.scene).toBe('construct');
  expect(state.settings.invertLook).toBe(true);
  // The opening beat was already seen: it does not play again.
  expect(state.beat).toBeNull();
});

test('a corrupt save is set aside with a notice, and the experience still starts', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('salvage-save', '{"state": {"settings": {"volume": 0.4}, "progress": nul');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  expect(await page.evaluate(() => localStorage.getItem('salvage-save.unreadable'))).toContain('"volume": 0.4');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitUntilReady(page);
});

test('foreign data in the save is discarded with a notice, valid settings kept', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      const save = { version: 1, state: { settings: { volume: 0.25, subtitles: 'yes' }, progress: { mode: 'explore', scene: 'mars', beat: 'x' } } };
      localStorage.setItem('salvage-save', JSON.stringify(save));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('did not fit');
  const state = await snapshot(page);
  expect(state.settings).toMatchObject({ volume: 0.25, subtitles: true });
  await expect(page.getByRole('button', { name: /Continue/ })).toHaveCount(0);
});

test('a storage that refuses every write does not break the walk', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await startWalk(page);
  await readToEnd(page);
  await expect(page.getByRole('alert')).toContainText('storage is full');
  expect((await snapshot(page)).scene).toBe('construct');
});
