import type { Page } from '@playwright/test';
import { constructConfig } from '../src/scenes/construct/config';
import { readFileSync } from 'node:fs';
import { expect, JOURNEY, snapshot, test, waitUntilReady } from './support/fixtures';
import { aim, click } from './support/xr';

// Journeys: what they check does not depend on the pixels drawn.
test.use(JOURNEY);

/** The construct's narration, in English, as the story's words hold it. */
const CONSTRUCT_NARRATION = Object.values(JSON.parse(readFileSync(new URL('../assets/story/en/construct.json', import.meta.url), 'utf8')).narration as Record<string, string>);

/** Where the player stood and looked (x, z, yaw), in order, while in the construct in the headset. */
type Sample = [number, number, number];

interface Seen {
  samples: Sample[];
  maxFade: number;
  captions: string[];
  modes: string[];
}

/**
 * Samples `salvage.state()` in the page on every animation frame (and on a timer, should frames
 * stall), from the moment the headset presents until the story leaves the construct: a fade is
 * black for a single frame on a slow machine.
 */
async function watchConstruct(page: Page): Promise<() => Promise<Seen>> {
  await page.addInitScript(() => {
    const seen: Seen = { samples: [], maxFade: 0, captions: [], modes: [] };
    (window as unknown as { seen: Seen }).seen = seen;
    let done = false;
    const sample = () => {
      const s = window.salvage?.state();
      if (done || !s?.xr.presenting) return;
      if (s.scene !== 'construct') {
        done = true;
        return;
      }
      const [x, , z] = s.player.position;
      const last = seen.samples.at(-1);
      if (!last || last[0] !== x || last[1] !== z || last[2] !== s.player.yaw) seen.samples.push([x, z, s.player.yaw]);
      if (!seen.modes.includes(`${s.mode}`)) seen.modes.push(`${s.mode}`);
      seen.maxFade = Math.max(seen.maxFade, s.xr.comfort.fade);
      if (s.xr.panel.caption && !seen.captions.includes(s.xr.panel.caption)) seen.captions.push(s.xr.panel.caption);
    };
    const frame = () => {
      sample();
      if (!done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const timer = setInterval(() => (done ? clearInterval(timer) : sample()), 10);
  });
  return () => page.evaluate(() => (window as unknown as { seen: Seen }).seen);
}

/** Turns the emulated head about its own position: `yaw` radians to the left, level. */
async function turnHead(page: Page, yaw: number): Promise<void> {
  await page.evaluate((a) => {
    window.salvageXrDevice!.quaternion.set(0, Math.sin(a / 2), 0, Math.cos(a / 2));
  }, yaw);
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

/** Where iwer's right controller rests, in the tracking space. */
const RIGHT_HAND = [0.25, 1.5, -0.4] as const;

/** Opens the title with the emulator and presses "Guided tour in VR". */
async function startTourInVr(page: Page, speed: number): Promise<void> {
  await page.goto(`/?xr=emulate&speed=${speed}`);
  await page.getByRole('button', { name: 'Guided tour in VR' }).click();
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 45_000, polling: 50 });
}

async function panelLabels(page: Page): Promise<string[]> {
  return (await snapshot(page)).xr.panel.buttons.map((b) => b.label);
}

/**
 * Aims the right controller at a button of the in-world panel, once the panel has settled, and
 * pulls the trigger. It aims `beside` metres left of the button's centre, on the button but off
 * its label: a ray that lands on a label's text is not delivered to the button yet (in
 * XrPanelButton the text is a sibling of the mesh that listens, not its child).
 */
async function press(page: Page, label: string, beside: number): Promise<void> {
  await expect.poll(() => panelLabels(page)).toContain(label);
  const at = async () => (await snapshot(page)).xr.panel.buttons.find((b) => b.label === label)!.position;
  let last = await at();
  for (let i = 0; ; i += 1) {
    await page.waitForTimeout(150);
    const now = await at();
    if (Math.hypot(now[0] - last[0], now[1] - last[1], now[2] - last[2]) < 0.004) break;
    if (i > 100) throw new Error(`The button ${label} never settled`);
    last = now;
  }
  await aim(page, 'right', RIGHT_HAND, [last[0] - beside, last[1], last[2]]);
  await click(page, 'right');
}

test('the guided tour in a headset runs to the end of the first scene: moved under fades, never turned, narrated on the panel', async ({ page }) => {
  test.setTimeout(180_000);
  const seen = await watchConstruct(page);
  // The title offers the tour in the headset where VR can start.
  await startTourInVr(page, 2);
  // The player looks a little to the left, away from where the tour's stops look, and stays so.
  const HEAD_YAW = 0.6;
  await turnHead(page, HEAD_YAW);
  await waitUntilReady(page);
  expect(await snapshot(page)).toMatchObject({ mode: 'tour', scene: 'construct', xr: { presenting: true, session: 'immersive-vr' } });

  // Nobody touches anything: the tour reads on, moves, and the story leaves the construct.
  await page.waitForFunction(() => window.salvage!.state().scene !== 'construct', null, { timeout: 150_000, polling: 100 });
  const after = await snapshot(page);
  expect(after.path).toContain('construct.threshold');
  expect(after).toMatchObject({ mode: 'tour', xr: { presenting: true } });

  const { samples, maxFade, captions, modes } = await seen();
  expect(modes).toEqual(['tour']);
  // It stood at the construct's stops, in order, and nowhere in between: every move is a cut.
  const stops = constructConfig.tourStops.map((stop) => [stop.position[0], stop.position[2]] as const);
  const stopOf = ([x, z]: Sample) => stops.findIndex(([sx, sz]) => near(x, sx) && near(z, sz));
  expect(samples.map((sample) => stopOf(sample)).filter((stop, i, all) => stop !== all[i - 1])).toEqual(stops.map((_, i) => i));
  // The move went under the headset's fade to black.
  expect(maxFade).toBeGreaterThan(0.5);
  // From the moment the head turned, the player looked where the head looked: the tour never
  // turned them, not even at the stop it moved them to (whose own heading is straight ahead).
  const turned = samples.findIndex(([, , yaw]) => near(yaw, HEAD_YAW));
  expect(turned).toBeGreaterThanOrEqual(0);
  expect(stopOf(samples[turned]!)).toBe(0);
  for (const [, , yaw] of samples.slice(turned)) expect(yaw).toBeCloseTo(HEAD_YAW, 2);
  expect(constructConfig.tourStops.every((stop) => !near(stop.yaw, HEAD_YAW))).toBe(true);
  // The scene's narration appeared on the panel in the world.
  expect(captions.length).toBeGreaterThan(0);
  for (const caption of captions)
    expect(
      CONSTRUCT_NARRATION.some((text) => text.includes(caption)),
      caption,
    ).toBe(true);
});

test("the tour's controls on the panel in the headset: pause, next stop while paused, walk on my own", async ({ page }) => {
  test.setTimeout(180_000);
  await startTourInVr(page, 0.5);
  await waitUntilReady(page);
  const start = await snapshot(page);
  expect(start.mode).toBe('tour');
  // The panel lays its buttons out a frame or two after the session starts.
  await expect.poll(() => panelLabels(page)).toEqual(expect.arrayContaining(['Previous', 'Pause', 'Next', 'Walk on my own']));

  await press(page, 'Pause', 0.11);
  await expect.poll(() => panelLabels(page)).toContain('Resume');
  const paused = await snapshot(page);

  // Next goes to the next stop even while paused, under a fade, without turning the player.
  const [, next] = constructConfig.tourStops;
  await press(page, 'Next', 0.11);
  await page.waitForFunction((z) => Math.abs(window.salvage!.state().player.position[2] - z) < 0.05, next!.position[2], { timeout: 30_000, polling: 50 });
  const moved = await snapshot(page);
  expect(moved.player.position[0]).toBeCloseTo(next!.position[0], 1);
  expect(moved.player.yaw).toBeCloseTo(paused.player.yaw, 2);
  expect(moved.mode).toBe('tour');

  // Walk on my own: the tour ends, the walk in the headset goes on from exactly here.
  await press(page, 'Walk on my own', 0.24);
  await page.waitForFunction(() => window.salvage!.state().mode === 'xr', null, { timeout: 20_000, polling: 50 });
  const walking = await snapshot(page);
  expect(walking.xr.presenting).toBe(true);
  expect(walking.player.position[2]).toBeCloseTo(moved.player.position[2], 1);
  await expect.poll(() => panelLabels(page)).not.toContain('Walk on my own');
});

test('a guided tour on the desktop goes on in the headset from its own Enter VR button', async ({ page }) => {
  await page.goto('/?xr=emulate');
  await page.getByRole('button', { name: 'Guided tour', exact: true }).click();
  await waitUntilReady(page);
  const tour = page.getByRole('navigation', { name: 'Guided tour' });
  await tour.getByRole('button', { name: 'Pause tour' }).click();
  const before = await snapshot(page);
  expect(before.mode).toBe('tour');
  await tour.getByRole('button', { name: 'Enter VR' }).click();
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 45_000, polling: 100 });
  const inside = await snapshot(page);
  expect(inside.mode).toBe('tour');
  expect(inside.beat).toBe(before.beat);
  await expect.poll(async () => (await snapshot(page)).xr.panel.text ?? (await snapshot(page)).xr.panel.caption).not.toBeNull();
  // The button has done its work: no second session from the same bar.
  await expect(tour.getByRole('button', { name: 'Enter VR' })).toHaveCount(0);
});
