import type { Page } from '@playwright/test';
import { constructConfig } from '../src/scenes/construct/config';
import { expect, holdKeyUntil, JOURNEY, snapshot, test, waitUntilReady } from './support/fixtures';

// Journeys: what they check does not depend on the pixels drawn.
test.use(JOURNEY);

const [FIRST_STOP, SECOND_STOP] = constructConfig.tourStops;
const STOPS = constructConfig.tourStops.length;

/** Waits until the page has drawn `count` more frames: for checks that nothing moves meanwhile. */
async function waitFrames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Waits until the camera stands at (x, z), to the centimetre. */
async function waitUntilAt(page: Page, [x, , z]: readonly [number, number, number]): Promise<void> {
  await page.waitForFunction(
    (at) => {
      const [px, , pz] = window.salvage!.state().player.position;
      return Math.abs(px - at.x) < 0.01 && Math.abs(pz - at.z) < 0.01;
    },
    { x, z },
  );
}

/** Keeps, in the page, every narration caption the tour shows. */
async function recordCaptions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { captions: string[] }).captions = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.tour-caption')) {
        if (el.textContent && !seen.includes(el.textContent)) seen.push(el.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { captions: string[] }).captions);
}

test("the title's Guided tour plays the construct by itself: beats, narration, the threshold, on to the plaza", async ({ page }) => {
  await page.goto('/?speed=6');
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await waitUntilReady(page);
  expect((await snapshot(page)).mode).toBe('tour');
  await expect(page.getByRole('navigation', { name: 'Guided tour' })).toBeVisible();
  const captions = await recordCaptions(page);

  // Nobody presses anything: the lines read on, the camera flies, the zone fires Link's beat.
  await page.waitForFunction(() => window.salvage!.state().beat === 'construct.threshold', null, { timeout: 60_000 });
  await page.waitForFunction(() => window.salvage!.state().scene === 'plaza', null, { timeout: 60_000 });
  expect(await captions()).toContain('White floor, white light, no horizon: the place a mind waits in while a world loads.');
  expect((await snapshot(page)).mode).toBe('tour');
});

test('Space pauses and resumes the tour, and so does the on-screen button', async ({ page }) => {
  await page.goto('/?tour=1&speed=4');
  await waitUntilReady(page);
  await page.waitForFunction(() => window.salvage!.state().line !== null);

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume tour' })).toBeVisible();
  const paused = await snapshot(page);
  await waitFrames(page, 30);
  const still = await snapshot(page);
  expect(still.line).toEqual(paused.line);
  expect(still.beat).toBe(paused.beat);
  expect(still.player).toEqual(paused.player);
  expect(still.mode).toBe('tour');

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause tour' })).toBeVisible();
  await page.waitForFunction(
    (before) => {
      const s = window.salvage!.state();
      return JSON.stringify([s.line, s.player]) !== before;
    },
    JSON.stringify([paused.line, paused.player]),
  );

  // The button, then Space with the button focused: one toggle each, never two.
  await page.getByRole('button', { name: 'Pause tour' }).click();
  await expect(page.getByRole('button', { name: 'Resume tour' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause tour' })).toBeVisible();
  await waitFrames(page, 3);
  await expect(page.getByRole('button', { name: 'Pause tour' })).toBeVisible();
});

test('the arrows and the buttons go to the next and previous stop, without moving the story on', async ({ page }) => {
  await page.goto('/?tour=1&speed=2');
  await waitUntilReady(page);
  await expect(page.getByText(`Stop 1 of ${STOPS}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous stop' })).toBeDisabled();
  // Paused, only the controls move the camera.
  await page.getByRole('button', { name: 'Pause tour' }).click();
  const before = await snapshot(page);

  await page.keyboard.press('ArrowRight');
  await waitUntilAt(page, SECOND_STOP!.position);
  await expect(page.getByText(`Stop 2 of ${STOPS}`)).toBeVisible();
  expect((await snapshot(page)).player.yaw).toBeCloseTo(SECOND_STOP!.yaw, 2);

  await page.getByRole('button', { name: 'Previous stop' }).click();
  await waitUntilAt(page, FIRST_STOP!.position);
  await expect(page.getByText(`Stop 1 of ${STOPS}`)).toBeVisible();

  await page.getByRole('button', { name: 'Next stop' }).click();
  await waitUntilAt(page, SECOND_STOP!.position);
  await page.keyboard.press('ArrowLeft');
  await waitUntilAt(page, FIRST_STOP!.position);

  const after = await snapshot(page);
  expect(after.beat).toBe(before.beat);
  expect(after.line).toEqual(before.line);
  expect(after.mode).toBe('tour');
});

test('leaving the tour mid-flight walks on from exactly that pose; the tour can be taken up again there', async ({ page }) => {
  await page.goto('/?tour=1&speed=0.5');
  await waitUntilReady(page);
  await page.keyboard.press('ArrowRight');
  const spawnZ = FIRST_STOP!.position[2];
  await page.waitForFunction((z) => window.salvage!.state().player.position[2] < z - 0.4, spawnZ);

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.salvage!.state().mode === 'explore');
  const left = await snapshot(page);
  expect(left.player.position[2]).toBeGreaterThan(SECOND_STOP!.position[2] + 0.1);
  await expect(page.getByRole('navigation', { name: 'Guided tour' })).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Paused' })).toHaveCount(0);

  await waitFrames(page, 10);
  const still = await snapshot(page);
  expect(still.player.position[0]).toBeCloseTo(left.player.position[0], 2);
  expect(still.player.position[2]).toBeCloseTo(left.player.position[2], 2);
  expect(still.player.yaw).toBe(left.player.yaw);

  // W walks on from there, in the direction the camera looked.
  const [x, , z] = left.player.position;
  await holdKeyUntil(page, 'KeyW', `window.salvage.state().player.position[2] < ${z - 0.5}`);
  const walked = await snapshot(page);
  expect(walked.player.position[0]).toBeCloseTo(x, 1);
  expect(walked.mode).toBe('explore');

  // Esc pauses the walk; the pause menu offers the tour again, from the beat the story is at.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Guided tour from here' }).click();
  await page.waitForFunction(() => window.salvage!.state().mode === 'tour');
  const resumed = await snapshot(page);
  expect(resumed.beat).toBe(walked.beat);
  expect(resumed.line).toEqual(walked.line);
  await expect(page.getByRole('navigation', { name: 'Guided tour' })).toBeVisible();
  // It goes on toward the stop ahead, not back to the one behind.
  await page.waitForFunction((from) => window.salvage!.state().player.position[2] < from - 0.2, walked.player.position[2]);
});

test("at the pill choice, with nobody choosing, the tour waits and then takes the story's path", async ({ page }) => {
  await page.goto('/?tour=1&speed=2&beat=corridor.offer');
  await page.waitForFunction(() => window.salvage?.state().beat === 'corridor.offer');
  expect((await snapshot(page)).mode).toBe('tour');
  const choices = page.getByRole('group', { name: 'Choose' });
  await expect(choices).toBeVisible();
  await expect(page.getByText("Choose, or the tour takes the story's own path.")).toBeVisible();
  await page.waitForFunction(() => window.salvage!.state().beat !== 'corridor.offer', null, { timeout: 60_000 });
  expect((await snapshot(page)).beat).toBe('corridor.red');
});

test('a choice the viewer makes in time is honoured', async ({ page }) => {
  await page.goto('/?tour=1&beat=corridor.offer');
  await page.waitForFunction(() => window.salvage?.state().beat === 'corridor.offer');
  await page.getByRole('button', { name: 'Hold out the blue pill' }).click();
  await page.waitForFunction(() => window.salvage!.state().beat !== 'corridor.offer');
  const state = await snapshot(page);
  expect(state.beat).toBe('corridor.blue-first');
  expect(state.mode).toBe('tour');
});
