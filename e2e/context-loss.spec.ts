import { expect, readToEnd, snapshot, startWalk, test } from './support/fixtures';

test('a lost GPU context says so, keeps the place in the story, and recovers', async ({ page }) => {
  await startWalk(page);
  await readToEnd(page);
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(500);
  await page.keyboard.up('KeyW');
  const before = await snapshot(page);

  await page.evaluate(() => {
    const gl = document.querySelector('canvas')!.getContext('webgl2')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('dropped the 3D view');
  expect((await snapshot(page)).player.position).toEqual(before.player.position);

  await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Frames are drawn again, and the walk goes on from the same place.
  await expect.poll(async () => (await page.evaluate(() => window.salvage!.stats())).calls).toBeGreaterThan(0);
  const after = await snapshot(page);
  expect(after).toMatchObject({ scene: before.scene, beat: before.beat, inventory: before.inventory });
  await page.keyboard.down('KeyW');
  await page.waitForTimeout(600);
  await page.keyboard.up('KeyW');
  expect((await snapshot(page)).player.position[2]).toBeLessThan(after.player.position[2]);
});
