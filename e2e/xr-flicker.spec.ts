import type { Page } from '@playwright/test';
import { countFlashes } from '../src/systems/flash-analysis';
import { expect, snapshot, test } from './support/fixtures';
import { advanceUntilReady, captureFrames, expectWithinFlashLimit } from './support/frames';

/**
 * The corridor's flicker in a headset, where the lamps fill the whole view of both eyes. Frames
 * are rendered in capture mode (`?capture=1`) inside an emulated session: `salvage.advance(t)`
 * draws both eyes through the XR camera at scene time t, and the canvas (iwer's layer draws
 * into it, left eye then right) is measured right after. The whole view, and each quarter of it
 * (each eye's upper and lower half), must stay within three flashes a second (WCAG 2.3.1).
 */

const SETTINGS = { volume: 0.7, subtitles: true, subtitleSize: 'medium', reduceMotion: false, mouseSensitivity: 1, invertLook: false };

/** Opens `query` in capture mode with the given flashing setting, then enters VR from the pause menu. */
async function openInHeadset(page: Page, query: string, reduceFlashing: boolean): Promise<number> {
  await page.addInitScript((settings) => localStorage.setItem('salvage-save', JSON.stringify({ version: 1, state: { settings, progress: null } })), {
    ...SETTINGS,
    reduceFlashing,
  });
  await page.goto(`/?xr=emulate&capture=1&${query}`);
  let t = await advanceUntilReady(page);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: 'Enter VR' }).click();
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 45_000, polling: 100 });
  // A few frames for the panel to be laid out (its text is set up in a worker).
  for (let i = 0; i < 10; i += 1, t += 1 / 30) await page.evaluate((at) => window.salvage!.advance(at), t);
  expect((await snapshot(page)).mode).toBe('xr');
  return t;
}

/** Frames at 30 a second for `seconds` from `start`. */
const timesFrom = (start: number, seconds: number) => Array.from({ length: Math.round(seconds * 30) }, (_, i) => start + i / 30);

test.describe('the corridor in a headset: flashes (emulated)', () => {
  test.describe.configure({ timeout: 240_000 });

  for (const reduceFlashing of [false, true]) {
    test(`the lamps never flash more than three times a second in either eye (reduce flashing ${reduceFlashing ? 'on' : 'off'})`, async ({ page }) => {
      const start = await openInHeadset(page, 'scene=corridor', reduceFlashing);
      const frames = await captureFrames(page, timesFrom(start, 5));
      const whole = frames.map((f) => f.luminance[0]!);
      // Both eyes are drawn: the corridor, lit, with something to see.
      const brightest = frames[whole.indexOf(Math.max(...whole))]!;
      expect(brightest.luminance[0]).toBeGreaterThan(0.05);
      expect(brightest.spread).toBeGreaterThan(0.02);
      expectWithinFlashLimit(frames);
      const swing = Math.max(...whole) - Math.min(...whole);
      // The lamps really do flicker by default, and only breathe with reduce flashing.
      if (reduceFlashing)
        expect(
          countFlashes(
            whole,
            frames.map((f) => f.t),
          ).transitions,
        ).toEqual([]);
      else expect(swing).toBeGreaterThan(0.02);
    });
  }

  test('the blackout (the blue pill) is one dark second, not a burst of flashes', async ({ page }) => {
    const start = await openInHeadset(page, 'beat=corridor.blue', false);
    // Read on to "The light flickers, and everything turns black for a second."
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('Space');
    await expect.poll(async () => (await snapshot(page)).line?.text).toContain('everything turns black');
    const frames = await captureFrames(page, timesFrom(start, 4));
    expectWithinFlashLimit(frames);
    const whole = frames.map((f) => f.luminance[0]!);
    // It did go dark: the darkest frame is well under the lit corridor.
    expect(Math.min(...whole)).toBeLessThan(Math.max(...whole) * 0.4);
  });
});
