import { expect, framesDrawn, holdKeyUntil, readToEnd, snapshot, startWalk, statsOfNewFrame, test } from './support/fixtures';

test('a lost GPU context says so, keeps the place in the story, and recovers', async ({ page }) => {
  await startWalk(page);
  await readToEnd(page);
  // A few steps off the spawn (z = 8), so that "the same place" is not simply where a walk starts.
  await holdKeyUntil(page, 'KeyW', 'window.salvage.state().player.position[2] < 7.5');
  // Frames drawn after the release: the player stands still where the snapshot says.
  await framesDrawn(page, 2);
  const before = await snapshot(page);
  expect(before.player.position[2]).toBeLessThan(7.5);

  await page.evaluate(() => {
    const gl = document.querySelector('canvas')!.getContext('webgl2')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('dropped the 3D view');
  expect((await snapshot(page)).player.position).toEqual(before.player.position);

  await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Frames are drawn again (counted after the restore), and the walk goes on from the same place.
  expect((await statsOfNewFrame(page)).calls).toBeGreaterThan(0);
  const after = await snapshot(page);
  expect(after).toMatchObject({ scene: before.scene, beat: before.beat, inventory: before.inventory });
  expect(after.player.position).toEqual(before.player.position);
  await holdKeyUntil(page, 'KeyW', `window.salvage.state().player.position[2] < ${after.player.position[2] - 0.5}`);
  expect((await snapshot(page)).player.position[2]).toBeLessThan(after.player.position[2] - 0.5);
});
