import { FADE_SECONDS } from '../src/xr/comfort';
import { expect, JOURNEY, readToEnd, snapshot, test } from './support/fixtures';
import { aim, enterVrAt, enterVrFromTitle, expectSamePlace, lookRotation, pullAtPanel, readCoverMaxima, recordCoverMaxima, sessionFrames, stick } from './support/xr';

/**
 * Moving in a headset (the emulated Quest 3): teleport with the right stick pushed forward,
 * turning and the comfort settings. Controller positions are in the tracking space; the emulated
 * head stands at (0, 1.6, 0) in it, looking down -Z, so at a scene's spawn (yaw 0) tracking
 * -Z is the world's -Z.
 */

const HAND: [number, number, number] = [0.2, 1.3, -0.3];

test.describe('moving in a headset (emulated)', () => {
  test.use(JOURNEY);
  test('teleport: a wall refuses the arc; open floor takes the player there under a fade; a zone on the way fires', async ({ page }) => {
    // A long journey of the headset on a CPU renderer: under load it needs more than the usual 90 s.
    test.slow();
    await enterVrAt(page, 'scene=corridor');
    const start = await snapshot(page);
    expect(start.mode).toBe('xr');
    expect(start.player.position[2]).toBeCloseTo(-0.4, 1);
    await recordCoverMaxima(page);

    // Aimed at the corridor's right wall (x = 1.5): the arc stops on it and says no.
    await aim(page, 'right', HAND, [3, 1.2, -0.8]);
    await stick(page, 'right', 0, -1);
    await expect.poll(async () => (await snapshot(page)).xr.teleport.verdict).toBe('not-floor');
    const refused = await snapshot(page);
    expect(refused.xr.teleport.target![0]).toBeLessThanOrEqual(1.5 + 1e-3);
    await stick(page, 'right', 0, 0);
    await expect.poll(async () => (await snapshot(page)).xr.teleport.verdict).toBe('none');
    // Time for a jump wrongly taken to fade out, move and fade back in (twice over), and at
    // least ten frames.
    await sessionFrames(page, 10, 4 * FADE_SECONDS);
    expectSamePlace((await snapshot(page)).player.position, start.player.position, 3);
    expect((await readCoverMaxima(page)).fade).toBe(0);

    // Aimed down the corridor at the floor: a ring on good floor, and on release the jump.
    await aim(page, 'right', HAND, [0.2, 0, -4]);
    await stick(page, 'right', 0, -1);
    await expect.poll(async () => (await snapshot(page)).xr.teleport.verdict).toBe('ok');
    const aimed = (await snapshot(page)).xr.teleport.target!;
    expect(aimed[1]).toBeCloseTo(0, 2);
    expect(aimed[2]).toBeLessThan(start.player.position[2] - 1.5);
    // Snap turn does not fire while the stick aims, even with some sideways drift.
    await stick(page, 'right', 0.5, -0.9);
    await stick(page, 'right', 0, 0);
    await expect.poll(async () => (await snapshot(page)).player.position[2], { timeout: 20_000 }).toBeLessThan(start.player.position[2] - 1.5);
    const landed = await snapshot(page);
    expect(landed.player.yaw).toBeCloseTo(start.player.yaw, 3);
    expect(Math.abs(landed.player.position[2] - aimed[2])).toBeLessThan(0.3);
    expect((await readCoverMaxima(page)).fade).toBeGreaterThan(0.5);
    await expect.poll(async () => (await snapshot(page)).xr.comfort.fade).toBe(0);

    // The ears are the head's: they came along, and turn when the head turns (90° left here).
    const ears = (await snapshot(page)).ears!;
    expect(ears.position[0]).toBeCloseTo(landed.player.position[0], 1);
    expect(ears.position[1]).toBeCloseTo(1.6, 1);
    expect(ears.position[2]).toBeCloseTo(landed.player.position[2], 1);
    await page.evaluate(() => window.salvageXrDevice!.quaternion.set(0, Math.SQRT1_2, 0, Math.SQRT1_2));
    await expect.poll(async () => (await snapshot(page)).ears!.yaw).toBeCloseTo(landed.player.yaw + Math.PI / 2, 1);
    expect((await snapshot(page)).player.yaw).toBeCloseTo(landed.player.yaw + Math.PI / 2, 1);
    await page.evaluate(() => window.salvageXrDevice!.quaternion.set(0, 0, 0, 1));

    // The arrival's lines read (the greeting waits for them), on toward Smith: teleports until the zone a few steps short of him has fired its beat.
    await readToEnd(page);
    for (let hop = 0; hop < 4 && !(await snapshot(page)).path.includes('corridor.greeting'); hop += 1) {
      const before = (await snapshot(page)).player.position[2];
      await aim(page, 'right', HAND, [0.2, 0, -4]);
      await stick(page, 'right', 0, -1);
      await expect.poll(async () => (await snapshot(page)).xr.teleport.verdict).not.toBe('none');
      await stick(page, 'right', 0, 0);
      await expect.poll(async () => (await snapshot(page)).player.position[2], { timeout: 20_000 }).toBeLessThan(before - 0.5);
    }
    expect((await snapshot(page)).path).toContain('corridor.greeting');
    // Never into Smith or past the walls.
    const end = await snapshot(page);
    expect(Math.abs(end.player.position[0])).toBeLessThan(1.5 - 0.29);
  });

  test('comfort: a chosen snap angle, smooth turning, the vignette while walking, seated play', async ({ page }) => {
    // The VR settings are on the desktop's settings panel, before entering.
    await page.goto('/?xr=emulate');
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Snap turn angle').selectOption('45');
    await settings.getByRole('button', { name: 'Done' }).click();
    await enterVrFromTitle(page);
    await recordCoverMaxima(page);
    const still = await snapshot(page);
    expect(still.settings.snapAngle).toBe(45);

    await stick(page, 'right', 1, 0);
    await expect.poll(async () => (await snapshot(page)).player.yaw).toBeCloseTo(still.player.yaw - Math.PI / 4, 2);
    await stick(page, 'right', 0, 0);
    expect((await readCoverMaxima(page)).vignette).toBe(0);

    // Walking with the left stick closes the vignette; it opens again when the stick rests.
    await stick(page, 'left', 0, -1);
    await expect.poll(async () => (await snapshot(page)).xr.comfort.vignette, { timeout: 20_000 }).toBeGreaterThan(0.5);
    await stick(page, 'left', 0, 0);
    await expect.poll(async () => (await snapshot(page)).xr.comfort.vignette, { timeout: 20_000 }).toBe(0);

    // Smooth turning and seated play, chosen on the settings panel from the pause menu.
    await page.evaluate(() => window.salvageXrDevice!.activeSession!.end());
    await page.waitForFunction(() => window.salvage!.state().mode === 'explore', null, { timeout: 20_000, polling: 50 });
    await page.keyboard.press('Escape');
    const pause = page.getByRole('dialog', { name: 'Paused' });
    await pause.getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('Turning').selectOption('smooth');
    await expect(settings.getByLabel('Snap turn angle')).toBeDisabled();
    await settings.getByLabel('Seated').check();
    await settings.getByRole('button', { name: 'Done' }).click();
    // Someone sitting down: the headset is 1.1 m above the real floor.
    await page.evaluate(() => window.salvageXrDevice!.position.set(0, 1.1, 0));
    await pause.getByRole('button', { name: 'Enter VR' }).click();
    await page.waitForFunction(() => window.salvage!.state().mode === 'xr', null, { timeout: 45_000, polling: 100 });
    // The floor is raised: the eyes are at a standing person's height above the world's floor.
    await expect.poll(async () => (await snapshot(page)).xr.eyeHeight).toBeCloseTo(1.6, 2);

    const facing = (await snapshot(page)).player.yaw;
    await stick(page, 'right', 1, 0);
    await expect.poll(async () => (await snapshot(page)).player.yaw, { timeout: 20_000 }).toBeLessThan(facing - 0.3);
    const midTurn = (await snapshot(page)).player.yaw;
    // Smooth: it goes on turning while the stick is held, by no fixed step.
    await expect.poll(async () => (await snapshot(page)).player.yaw, { timeout: 20_000 }).toBeLessThan(midTurn - 0.3);
    expect((await snapshot(page)).xr.comfort.vignette).toBeGreaterThan(0);
    await stick(page, 'right', 0, 0);
    const rest = (await snapshot(page)).player.yaw;
    // Ten frames of the session drawn with the stick at rest: the turn has stopped.
    await sessionFrames(page, 10);
    expect((await snapshot(page)).player.yaw).toBeCloseTo(rest, 2);
  });
});

test('teleport with a tracked hand: pinch to aim, let go to jump; a pinch on the panel is a press, not a jump', async ({ page }) => {
  await enterVrFromTitle(page);
  await page.evaluate(() => {
    window.salvageXrDevice!.primaryInputMode = 'hand';
  });
  await expect.poll(async () => page.evaluate(() => [...window.salvageXrDevice!.activeSession!.inputSources].filter((s) => s.hand).length)).toBe(2);
  const start = await snapshot(page);

  // The right hand held out, its ray pointing down at the floor ahead.
  await page.evaluate(
    ([q]) => {
      const hand = window.salvageXrDevice!.hands.right!;
      hand.position.set(0.2, 1.2, -0.35);
      hand.quaternion.set(q![0]!, q![1]!, q![2]!, q![3]!);
    },
    [lookRotation([0.2, 1.2, -0.35], [0.2, 0, -3.5])] as const,
  );
  await page.evaluate(() => window.salvageXrDevice!.hands.right!.updatePinchValue(1));
  await expect.poll(async () => (await snapshot(page)).xr.teleport.verdict, { timeout: 20_000 }).toBe('ok');
  await page.evaluate(() => window.salvageXrDevice!.hands.right!.updatePinchValue(0));
  await expect.poll(async () => (await snapshot(page)).player.position[2], { timeout: 20_000 }).toBeLessThan(start.player.position[2] - 1.5);
  const landed = await snapshot(page);
  expect(landed.player.position[1]).toBeCloseTo(0, 1);
  expect(landed.beat).toBe(start.beat);

  // The same hand aimed at the panel: a pinch there reads on, as the trigger does, and is no
  // teleport (no fade, no move), even though the ray would reach the floor beyond it.
  await expect.poll(async () => (await snapshot(page)).xr.comfort.fade).toBe(0);
  expect(landed.line).not.toBeNull();
  await recordCoverMaxima(page);
  let pressed = false;
  // Retried when nothing happened: the hand's ray may still wait for its model.
  for (let attempt = 0; attempt < 3 && !pressed; attempt += 1) pressed = await pullAtPanel(page, 'right', [0.2, 1.2, -0.35], null, 12, 'hand');
  expect(pressed, 'a pinch on the panel reads on').toBe(true);
  expect((await snapshot(page)).line?.text).not.toBe(landed.line!.text);
  await sessionFrames(page, 10, 4 * FADE_SECONDS);
  expectSamePlace((await snapshot(page)).player.position, landed.player.position, 3);
  expect((await readCoverMaxima(page)).fade).toBe(0);
});
