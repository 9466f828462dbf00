import { expect, test } from './support/fixtures';
import { advanceUntilReady } from './support/frames';

// Adaptive quality: a device that cannot keep its frame rate draws fewer pixels and particles.
// Tests and capture mode draw at full quality unless the address asks (`?quality=auto`, `?quality=N`).

const drawingBuffer = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    return { width: canvas.width, cssWidth: canvas.clientWidth };
  });

test.describe('adaptive quality', () => {
  test.use({ viewport: { width: 640, height: 360 } });

  test('a renderer that cannot keep up in the plaza steps down: a smaller drawing buffer, fewer raindrops, frames still drawn', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/?scene=plaza&quality=auto');
    await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: 90_000, polling: 100 });
    const start = await page.evaluate(() => ({ quality: window.salvage!.state().quality, ...window.salvage!.stats() }));
    expect(start.quality.adaptive).toBe(true);
    expect(start.quality.level, 'full quality at the start').toBe(0);
    // A CPU renderer draws the plaza at a few frames a second: the monitor sees it within seconds.
    await page.waitForFunction(() => window.salvage!.state().quality.level >= 1, null, { timeout: 120_000, polling: 100 });
    const stepped = await page.evaluate(() => window.salvage!.state().quality);
    expect(stepped.pixelRatio).toBeLessThan(1);
    expect(stepped.particles).toBeLessThan(1);
    const buffer = await drawingBuffer(page);
    expect(buffer.width).toBeLessThan(buffer.cssWidth);
    expect(buffer.width).toBe(Math.round(buffer.cssWidth * stepped.pixelRatio));
    // The next frame drawn after the step counts the raindrops (lines) it drew.
    const stepFrame = await page.evaluate(() => window.salvage!.stats().frames);
    await page.waitForFunction((seen) => window.salvage!.stats().frames > seen + 1, stepFrame, { timeout: 60_000, polling: 100 });
    const later = await page.evaluate(() => window.salvage!.stats());
    expect(later.frames, 'frames drawn while it adapted').toBeGreaterThan(start.frames);
    expect(later.lines, 'rain streaks drawn after the step').toBeLessThan(start.lines);
    expect(start.lines, 'rain streaks drawn at full quality').toBeGreaterThan(10_000);
  });

  test('the lowest level asked for in capture mode draws 0.55 of the pixels across and under half the rain and snow of full quality, with the same draw calls', async ({
    page,
  }) => {
    const particlesAt = async (level: number) => {
      await page.goto(`/?scene=plaza&capture=1&quality=${level}`);
      const readyAt = await advanceUntilReady(page);
      const stats = await page.evaluate((t) => window.salvage!.advance(t + 5), readyAt);
      return { stats, quality: await page.evaluate(() => window.salvage!.state().quality), buffer: await drawingBuffer(page) };
    };
    const full = await particlesAt(0);
    const lowest = await particlesAt(3);
    expect(full.quality).toEqual({ level: 0, adaptive: false, pixelRatio: 1, particles: 1 });
    expect(lowest.quality).toEqual({ level: 3, adaptive: false, pixelRatio: 0.55, particles: 0.4 });
    expect(full.buffer.width).toBe(640);
    expect(lowest.buffer.width).toBe(Math.round(640 * 0.55));
    // The same scene time, a share of the rain (lines) and snow (points) drawn; the steel frames
    // (lines too) and the dust keep theirs.
    expect(lowest.stats.lines).toBeLessThan(full.stats.lines * 0.5);
    expect(lowest.stats.points).toBeLessThan(full.stats.points * 0.5);
    expect(full.stats.lines).toBeGreaterThan(30_000);
    expect(lowest.stats.calls).toBe(full.stats.calls);
  });

  test('under automation the walk draws at full quality and does not adapt unless asked', async ({ page }) => {
    await page.goto('/?scene=plaza');
    await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: 90_000, polling: 100 });
    const frames = await page.evaluate(() => window.salvage!.stats().frames);
    await page.waitForFunction((seen) => window.salvage!.stats().frames >= seen + 20, frames, { timeout: 60_000, polling: 100 });
    expect(await page.evaluate(() => window.salvage!.state().quality)).toEqual({ level: 0, adaptive: false, pixelRatio: 1, particles: 1 });
    expect((await drawingBuffer(page)).width).toBe(640);
  });
});
