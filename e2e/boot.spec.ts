import { expect, reachForThePage, snapshot, test } from './support/fixtures';

test('boots to the title screen with real text and the ways in, and the 3D view comes when the visitor reaches for it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
  await expect(page.getByText('Zion is still standing.')).toBeVisible();
  await expect(page.getByText(/Photosensitivity notice/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await reachForThePage(page);
  const state = await snapshot(page);
  expect(state.mode).toBeNull();
  expect(state.scene).toBe('title');
  expect(await page.locator('canvas').count()).toBe(1);
});

test('Start jacks the player into the white construct, and Link speaks', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => window.salvage?.state().ready);
  const state = await snapshot(page);
  expect(state).toMatchObject({ scene: 'construct', mode: 'explore', beat: 'construct.jack-in' });
  await expect(page.getByRole('status').filter({ hasText: state.line!.text })).toBeVisible();
  // The view is the white room: most of it is bright.
  const shot = await page.locator('canvas').screenshot();
  expect(shot.byteLength).toBeGreaterThan(1000);
  const brightness = await page.evaluate(
    async (png) => {
      const blob = new Blob([new Uint8Array(png)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4);
    },
    [...shot],
  );
  expect(brightness).toBeGreaterThan(150);
});
