import { expect, readToEnd, snapshot, test } from './support/fixtures';
import { aim, click, enterVrAt } from './support/xr';

/**
 * In a headset, Smith's cracked sunglasses are taken off by pointing at them and pulling the
 * trigger (a pinch or a grab reach the same place): the thing in the world, not a menu.
 */
test('on the beach, the controller takes off Smith’s sunglasses', async ({ page }) => {
  await enterVrAt(page, 'beat=beach.touch');
  await readToEnd(page);
  await expect.poll(async () => (await snapshot(page)).choices.map((c) => c.id)).toEqual(['sunglasses']);
  await expect.poll(async () => Object.keys((await snapshot(page)).xr.choiceTargets), { timeout: 20_000 }).toContain('sunglasses');
  const glasses = (await snapshot(page)).xr.choiceTargets.sunglasses!;
  // The glasses are on his face, at his eye height, a little way off.
  expect(glasses[1]).toBeGreaterThan(1.4);

  // The hand raised toward his face (the panel, just below the eyes, stands between him and a
  // hand held low). Pointing elsewhere and pulling the trigger does nothing.
  const raised = [0.2, 1.55, -0.3] as const;
  await aim(page, 'right', raised, [glasses[0] + 3, glasses[1] + 2, glasses[2]]);
  await click(page, 'right');
  expect((await snapshot(page)).beat).toBe('beach.touch');

  await aim(page, 'right', raised, glasses);
  await click(page, 'right');
  await expect.poll(async () => (await snapshot(page)).beat, { timeout: 20_000 }).toBe('beach.whisper');
});
