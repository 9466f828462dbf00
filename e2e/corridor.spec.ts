import { countFlashes } from '../src/systems/flash-analysis';
import type { Page } from '@playwright/test';
import { readToChoice, readToEnd, walkToSmith } from './support/corridor-walk';
import { BUDGET_VIEW, expect, framesDrawn, holdKeyUntil, JOURNEY, snapshot, statsInFourViews, test, waitUntilReady } from './support/fixtures';
import { advanceUntilReady, captureFrames, expectWithinFlashLimit } from './support/frames';

/** Opens the corridor at a beat, the player where the beat is staged. */
async function openAt(page: Page, beat: string): Promise<void> {
  await page.goto(`/?beat=${beat}`);
  await waitUntilReady(page);
  expect((await snapshot(page)).beat).toBe(beat);
}

test.describe('the corridor: Smith and the pills', () => {
  // Long conversations on a CPU renderer: each line is a few frames.
  test.describe.configure({ timeout: 240_000 });
  test.use(JOURNEY);

  test('walking straight ahead from the spawn reaches Smith, who speaks first', async ({ page }) => {
    await walkToSmith(page);
    const state = await snapshot(page);
    expect(state.line).toEqual({ speaker: 'smith', text: "Well, well, if it isn't Mr. Anderson." });
    expect(state.player.position[2]).toBeLessThan(-4.5);
    await expect(page.locator('.subtitle-live[role="status"]')).toContainText('Mr. Anderson');
    expect(state.inventory.sort()).toEqual(['blue-pill', 'red-pill']);
  });

  // The walk to him is the test above; the conversations start where he greets Neo.
  test('found: red first, then blue, then an open hand; Smith takes the red one', async ({ page }) => {
    await openAt(page, 'corridor.greeting');
    expect(await readToChoice(page)).toEqual(['Hold out the red pill', 'Hold out the blue pill']);
    await page.keyboard.press('Digit1');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.red');
    expect(await readToChoice(page)).toContain('Open your hand and let him choose');
    await page.getByRole('button', { name: /Open your hand/ }).click();
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.exchange');
    expect((await snapshot(page)).inventory).toEqual(['blue-pill']);
    await expect(page.locator('[data-item="blue-pill"]')).toBeVisible();
    await expect(page.locator('[data-item="red-pill"]')).toHaveCount(0);
    await readToEnd(page);
    // The story goes on to the rescue ship.
    await expect.poll(async () => (await snapshot(page)).scene).toBe('interlude');
  });

  test('forgotten: the blue pill pressed on him, chosen with Enter, ends the walk as forgotten', async ({ page }) => {
    await openAt(page, 'corridor.offer');
    await readToChoice(page);
    await page.keyboard.press('Digit2');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.blue-first');
    const labels = await readToChoice(page);
    expect(labels).toContain('Press the blue pill on him');
    // The first choice has the focus; Tab moves to the second, Enter takes it.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Press the blue pill/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.forgotten');
    await readToEnd(page);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'forgotten');
    expect((await snapshot(page)).ending).toBe('forgotten');
    await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  });

  test('walked-away: turning back to the entrance before the exchange is done', async ({ page }) => {
    await walkToSmith(page);
    await page.keyboard.press('Space');
    // Walk backwards all the way to the door he came in by, mid-conversation.
    await holdKeyUntil(page, 'KeyS', "window.salvage.state().beat === 'corridor.walk-away'", 45_000);
    expect((await snapshot(page)).player.position[2]).toBeGreaterThan(0.5);
    await readToEnd(page);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'walked-away');
    await expect(page.getByRole('dialog')).toContainText('hallway of doors');
    // And a new walk begins from the title's first scene.
    await page.getByRole('button', { name: 'Play again' }).click();
    await waitUntilReady(page);
    expect(await snapshot(page)).toMatchObject({ scene: 'construct', ending: null });
  });

  test("the hand holds out what is offered, in the view and in Smith's glasses: both pills, then the red one alone", async ({ page }) => {
    // The deep link arrives a couple of metres from him, near enough for his lenses to mirror
    // what stands before them: each thing held out is drawn twice, in the view and in the lenses.
    await page.goto('/?beat=corridor.offer&capture=1');
    let t = await advanceUntilReady(page);
    const callsAfter = async (seconds: number) => {
      const frames = Array.from({ length: Math.ceil(seconds * 10) }, (_, i) => t + (i + 1) / 10);
      t = frames[frames.length - 1]!;
      let calls = 0;
      for (const at of frames) calls = (await page.evaluate((s) => window.salvage!.advance(s), at)).calls;
      return calls;
    };
    const empty = await callsAfter(1);
    // The next line is the one where he reaches into his pockets: the open hand (skin and sleeve), both pills.
    await page.keyboard.press('Space');
    expect(await callsAfter(1.2)).toBe(empty + 4 * 2);
    expect((await snapshot(page)).choices.map((c) => c.id)).toEqual(['red-first', 'blue-first']);
    await page.keyboard.press('Digit1');
    // Held out alone: the blue one is back in his pocket.
    expect(await callsAfter(1.2)).toBe(empty + 3 * 2);
  });
});

test.describe('the corridor, measured', () => {
  test.describe.configure({ timeout: 240_000 });
  test.use({ viewport: { width: 1024, height: 768 } });

  for (const reduceFlashing of [false, true]) {
    test(`captured frames never flash more than three times a second (reduce flashing ${reduceFlashing ? 'on' : 'off'})`, async ({ page }) => {
      await page.addInitScript((reduce) => {
        const settings = { volume: 0.7, subtitles: true, subtitleSize: 'medium', reduceFlashing: reduce, reduceMotion: false, mouseSensitivity: 1, invertLook: false };
        localStorage.setItem('salvage-save', JSON.stringify({ version: 1, state: { settings, progress: null } }));
      }, reduceFlashing);
      await page.goto('/?scene=corridor&capture=1');
      const start = await advanceUntilReady(page);
      const times = Array.from({ length: 120 }, (_, i) => start + i / 20);
      const frames = await captureFrames(page, times);
      const at = frames.map((f) => f.t);
      expectWithinFlashLimit(frames);
      const whole = frames.map((f) => f.luminance[0]!);
      const swing = Math.max(...whole) - Math.min(...whole);
      // The lights really do flicker by default, and only breathe with reduce flashing.
      if (reduceFlashing) expect(countFlashes(whole, at).transitions).toEqual([]);
      else expect(swing).toBeGreaterThan(0.02);
    });
  }

  test('the view is lit and not blank', async ({ page }) => {
    await page.goto('/?scene=corridor&capture=1');
    const start = await advanceUntilReady(page);
    const [frame] = await captureFrames(page, [start + 0.5]);
    expect(frame!.luminance[0]).toBeGreaterThan(0.05);
    expect(frame!.spread).toBeGreaterThan(0.02);
  });

  test('stays within 60 draw calls and 300k triangles in four views a quarter turn apart, the red pill held out', async ({ page }) => {
    await page.setViewportSize(BUDGET_VIEW);
    await openAt(page, 'corridor.offer');
    await readToChoice(page);
    await page.keyboard.press('Digit1');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.red');
    for (const stats of await statsInFourViews(page)) {
      expect(stats.calls).toBeLessThanOrEqual(60);
      expect(stats.triangles).toBeLessThanOrEqual(300_000);
      expect(stats.calls).toBeGreaterThan(5);
    }
  });

  // A leak of one thing a visit shows from the second visit on.
  test('switching between the corridor and the construct four times leaks nothing', async ({ page }) => {
    await page.goto('/?scene=corridor');
    await waitUntilReady(page);
    const roundTrip = async () => {
      for (const scene of ['construct', 'corridor']) {
        await page.evaluate((s) => window.salvage!.jump(s), scene);
        await waitUntilReady(page);
        // The same count of frames drawn in each visit before the count is taken.
        await framesDrawn(page, 5);
      }
      return page.evaluate(() => window.salvage!.stats());
    };
    const first = await roundTrip();
    for (let i = 0; i < 2; i += 1) await roundTrip();
    const last = await roundTrip();
    expect(last.geometries).toBeLessThanOrEqual(first.geometries);
    expect(last.textures).toBeLessThanOrEqual(first.textures);
    expect(last.programs).toBeLessThanOrEqual(first.programs);
  });
});
