import type { Page } from '@playwright/test';
import { readToChoice } from './support/corridor-walk';
import { BUDGET_VIEW, expect, framesDrawn, holdKeyUntil, readToEnd, snapshot, statsInFourViews, test, waitUntilReady } from './support/fixtures';
import { advanceUntilReady } from './support/frames';

interface Colour {
  /** Share of sampled pixels that are the sea's blue (blue well above red). */
  blue: number;
  /** Share of sampled pixels that are near white. */
  white: number;
  /** Standard deviation of the pixels' brightness, 0 to 255. */
  spread: number;
}

/** Renders a capture frame at `t` and measures its colours, in the same task as the render. */
async function colourAt(page: Page, t: number): Promise<Colour> {
  return page.evaluate((t) => {
    window.salvage!.advance(t);
    const gl = document.querySelector('canvas')!.getContext('webgl2')!;
    const w = gl.drawingBufferWidth;
    const h = gl.drawingBufferHeight;
    const pixels = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let blue = 0;
    let white = 0;
    let n = 0;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      if (b > r + 40 && b > 90) blue += 1;
      if (r > 225 && g > 225 && b > 225) white += 1;
      sum += y;
      sumSq += y * y;
      n += 1;
    }
    const mean = sum / n;
    return { blue: blue / n, white: white / n, spread: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
  }, t);
}

test.describe('the beach construct', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: { width: 1280, height: 720 } });

  test('begins white; willing it away (E) paints an open beach with a blue sea', async ({ page }) => {
    await page.goto('/?scene=beach&capture=1');
    let t = await advanceUntilReady(page);
    const white = await colourAt(page, t);
    expect(white.white, 'the construct is white').toBeGreaterThan(0.8);
    expect(white.blue).toBe(0);
    // Read the opening lines; the prompt to will the white away appears.
    await readToEnd(page);
    t += 0.1;
    await colourAt(page, t);
    const prompt = page.getByRole('button', { name: /Will the white away/ });
    await expect(prompt).toBeVisible();
    await page.keyboard.press('KeyE');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.shore');
    t += 0.1;
    const changing = await colourAt(page, t + 2);
    const painted = await colourAt(page, t + 8);
    expect(changing.white, 'the white is giving way').toBeLessThan(white.white);
    expect(painted.white, 'no longer a white-only view').toBeLessThan(0.2);
    expect(painted.blue, 'the blue of the sea and the sky').toBeGreaterThan(0.15);
    expect(painted.spread, 'not a blank view').toBeGreaterThan(12);
    // The sea keeps its continual motion: two frames a moment apart differ.
    const later = await colourAt(page, t + 9.7);
    expect(Math.abs(later.spread - painted.spread) + Math.abs(later.blue - painted.blue)).toBeGreaterThan(0);
  });

  test('a screenshot of the shore after the change is neither blank nor white', async ({ page }) => {
    await page.goto('/?beat=beach.shore');
    await waitUntilReady(page);
    await readToEnd(page);
    // Walk toward the sea a little, then look.
    await holdKeyUntil(page, 'KeyW', 'window.salvage.state().player.position[2] < -6');
    // Frames drawn after the walk stopped: the view looked at is the one where it stopped.
    await framesDrawn(page, 2);
    const shot = await page.screenshot();
    await test.info().attach('beach', { body: shot, contentType: 'image/png' });
    const sampled = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
      let blue = 0;
      let white = 0;
      let n = 0;
      const seen = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4 * 11) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (b > r + 40 && b > 90) blue += 1;
        if (r > 235 && g > 235 && b > 235) white += 1;
        seen.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
        n += 1;
      }
      return { blue: blue / n, white: white / n, colours: seen.size };
    }, shot.toString('base64'));
    expect(sampled.white).toBeLessThan(0.25);
    expect(sampled.blue).toBeGreaterThan(0.15);
    expect(sampled.colours, 'a painted view, not a flat fill').toBeGreaterThan(40);
  });

  test("Smith's touch turns the player around; the sunglasses come off; the last line is whispered", async ({ page }) => {
    await page.goto('/?beat=beach.shore');
    await waitUntilReady(page);
    await readToEnd(page);
    // Walking straight to the sea, facing it (yaw 0, the keys never turn him); the touch turns
    // him round to his right, by itself.
    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'beach.touch'");
    await page.waitForFunction(() => window.salvage!.state().player.yaw < -2, null, { timeout: 20_000 });
    expect(await readToChoice(page)).toEqual(['Take off his sunglasses']);
    await page.getByRole('button', { name: 'Take off his sunglasses' }).click();
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.whisper');
    for (let i = 0; i < 5 && (await snapshot(page)).line?.speaker !== 'smith'; i += 1) await page.keyboard.press('Space');
    await expect(page.locator('.subtitle.whisper')).toContainText('I never needed them anyway.');
  });

  test('with reduced motion, a prompt asks the player to turn instead of turning the view', async ({ page }) => {
    await page.addInitScript(() => {
      const settings = { volume: 0.7, subtitles: true, subtitleSize: 'medium', reduceFlashing: false, reduceMotion: true, mouseSensitivity: 1, invertLook: false };
      localStorage.setItem('salvage-save', JSON.stringify({ version: 1, state: { settings, progress: null } }));
    });
    await page.goto('/?beat=beach.shore');
    await waitUntilReady(page);
    await readToEnd(page);
    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'beach.touch'");
    const before = (await snapshot(page)).player.yaw;
    await expect(page.getByRole('alert')).toContainText('Someone touches your arm. Turn around.');
    // 20 frames drawn since the touch: a turn (which starts at once when it is asked for) would show.
    await framesDrawn(page, 20);
    expect((await snapshot(page)).player.yaw).toBeCloseTo(before, 3);
    // The player turns by themselves.
    await holdKeyUntil(page, 'ArrowRight', `Math.abs(window.salvage.state().player.yaw - (${before})) > 1.5`);
  });
});

test.describe('budgets', () => {
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: BUDGET_VIEW });

  async function lookAround(page: Page, limit: { calls: number; triangles: number }) {
    const seen = await statsInFourViews(page);
    await test.info().attach('stats', { body: JSON.stringify(seen), contentType: 'application/json' });
    for (const stats of seen) {
      expect(stats.calls).toBeLessThanOrEqual(limit.calls);
      expect(stats.triangles).toBeLessThanOrEqual(limit.triangles);
      expect(stats.calls).toBeGreaterThan(2);
    }
  }

  test('the beach after the change: at most 50 draw calls and 300k triangles in four views a quarter turn apart', async ({ page }) => {
    await page.goto('/?beat=beach.touch');
    await waitUntilReady(page);
    await lookAround(page, { calls: 50, triangles: 300_000 });
  });

  test('the interlude: at most 50 draw calls and 300k triangles in four views a quarter turn apart, at the boy and at the spawn', async ({ page }) => {
    await page.goto('/?beat=interlude.michael');
    await waitUntilReady(page);
    await lookAround(page, { calls: 50, triangles: 300_000 });
    await page.goto('/?scene=interlude');
    await waitUntilReady(page);
    await lookAround(page, { calls: 50, triangles: 300_000 });
  });
});
