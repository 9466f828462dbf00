import { expect, framesDrawn, holdKeyForFrames, holdKeyUntil, holdKeyUntilSteady, JOURNEY, readToEnd, snapshot, startWalk, test } from './support/fixtures';

test.describe('walking in the construct with the keyboard alone', () => {
  test.use(JOURNEY);
  test('W walks forward, the arrows turn, and a wall stops you', async ({ page }) => {
    await startWalk(page);
    const start = await snapshot(page);
    expect(start.player.position).toEqual([0, 0, 8]);

    await holdKeyUntil(page, 'KeyW', 'window.salvage.state().player.position[2] < 7');
    const walked = await snapshot(page);
    expect(walked.player.position[2]).toBeLessThan(7);
    expect(Math.abs(walked.player.position[0])).toBeLessThan(0.01);

    // With the pointer free, the left arrow turns instead of strafing.
    await holdKeyUntil(page, 'ArrowLeft', 'window.salvage.state().player.yaw > 0.2');
    const turned = await snapshot(page);
    expect(turned.player.yaw).toBeGreaterThan(0.2);
    expect(turned.player.position[0]).toBeCloseTo(walked.player.position[0], 3);

    // Strafe right until the east wall (inner face at x = 12) stops the 0.3 m capsule.
    await holdKeyUntil(page, 'KeyD', 'Math.abs(window.salvage.state().player.position[0]) > 11 || Math.abs(window.salvage.state().player.position[2]) > 11', 30_000);
    // Then on into the wall until the distance out from the centre has not grown over 10 frames:
    // the wall holds (without it, the player would walk on and this would never settle).
    await holdKeyUntilSteady(page, 'KeyD', 'Math.max(...window.salvage.state().player.position.filter((_, i) => i !== 1).map(Math.abs))', 10);
    const stopped = await snapshot(page);
    const [x, , z] = stopped.player.position;
    expect(Math.max(Math.abs(x), Math.abs(z))).toBeLessThanOrEqual(12 - 0.3 + 0.01);
    expect(Math.max(Math.abs(x), Math.abs(z))).toBeGreaterThan(11);
    expect(stopped.player.position[1]).toBeCloseTo(0, 1);
  });

  test("the threshold zone fires Link's line, and Space reads on", async ({ page }) => {
    await startWalk(page);
    await readToEnd(page);
    expect((await snapshot(page)).beat).toBeNull();

    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'construct.threshold'");
    const fired = await snapshot(page);
    expect(fired.line).toEqual({ speaker: 'link', text: expect.stringContaining('Central Park') });
    await expect(page.getByRole('status').filter({ hasText: 'Central Park' })).toBeVisible();

    await page.keyboard.press('Space');
    await expect.poll(async () => (await snapshot(page)).line?.text).not.toBe(fired.line!.text);
    await expect(page.getByRole('status').filter({ hasText: 'Central Park' })).toHaveCount(0);

    // Standing in the zone does not fire it again, frame after frame: after 20 frames its beat has
    // started once, and the line read on to is still the one on screen.
    const readOn = await snapshot(page);
    await framesDrawn(page, 20);
    const stood = await snapshot(page);
    expect(stood.beat).toBe('construct.threshold');
    expect(stood.path.filter((beat) => beat === 'construct.threshold')).toHaveLength(1);
    expect(stood.line).toEqual(readOn.line);
  });

  test('clicking the subtitle reads on too', async ({ page }) => {
    await startWalk(page);
    const before = await snapshot(page);
    await page.getByRole('button', { name: before.line!.text }).click();
    await expect.poll(async () => (await snapshot(page)).line?.text).not.toBe(before.line!.text);
  });
});

test.describe('pointer lock and the pause menu', () => {
  // Headless Chromium's Escape does not release a pointer lock; the page releases it as the browser would.
  test('clicking the view locks the pointer, the mouse looks; losing the lock pauses, Resume goes on, Esc pauses again', async ({ page }) => {
    await startWalk(page);
    await readToEnd(page);
    await page.locator('canvas').click();
    await expect.poll(() => page.evaluate(() => document.pointerLockElement?.tagName ?? null)).toBe('CANVAS');

    // The mouse looks around while locked.
    const yaw = (await snapshot(page)).player.yaw;
    await page.mouse.move(300, 300);
    await page.mouse.move(200, 300);
    await expect.poll(async () => (await snapshot(page)).player.yaw).not.toBe(yaw);

    await page.evaluate(() => document.exitPointerLock());
    await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
    // Walking keys do nothing while paused.
    const paused = await snapshot(page);
    await holdKeyForFrames(page, 'KeyW', 20);
    expect((await snapshot(page)).player.position).toEqual(paused.player.position);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('dialog', { name: 'Paused' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
    await page.getByRole('button', { name: 'Return to title' }).click();
    await expect(page.getByRole('button', { name: /Continue/ })).toBeVisible();
  });
});
