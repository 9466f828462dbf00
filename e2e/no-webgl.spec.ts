import { CHROMIUM_ARGS, chromiumPath } from './support/browser-path.mjs';
import { expect, test } from './support/fixtures';

test.use({ launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL the whole story is readable as text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('cannot show the 3D view');
  await expect(page.locator('canvas')).toHaveCount(0);
  // Every place and every ending, generated from the script.
  for (const heading of ['Zion', 'loading program', 'New York', 'hallway', 'ship', 'Endings']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading, 'i') }).first()).toBeVisible();
  }
  await expect(page.getByText("Well, well, if it isn't Mr. Anderson.").first()).toBeVisible();
  await expect(page.getByText(/I never needed them anyway/).first()).toBeVisible();
  expect(await page.evaluate(() => (window.salvage ? window.salvage.state().mode : 'no api'))).toBeNull();
});
