import { expect, test } from './support/fixtures';

// Each scene played through by the guided tour, fast: every figure, pill and change of look it has.
const SCENES = ['construct', 'plaza', 'corridor', 'interlude', 'beach'] as const;
const TOUR_SPEED = 20;
// The plaza's crowd of 2,400 people costs a CPU renderer most of a frame: a slower tour there, so
// that it still draws a good many frames on its way through (what the test needs to see).
const TOUR_SPEEDS: Partial<Record<(typeof SCENES)[number], number>> = { plaza: 8 };

test.describe('no shader compiles after a scene is ready', () => {
  test.describe.configure({ timeout: 420_000 });
  // Programs count whatever the canvas size: a small one keeps the CPU renderer quick.
  test.use({ viewport: { width: 320, height: 200 } });

  for (const scene of SCENES) {
    test(`${scene}: the programs at ready are all the tour through it needs`, async ({ page }) => {
      await page.goto(`/?scene=${scene}&tour=1&speed=${TOUR_SPEEDS[scene] ?? TOUR_SPEED}`);
      await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: 60_000, polling: 50 });
      const atReady = await page.evaluate(() => window.salvage!.stats().programs);
      expect(atReady).toBeGreaterThan(0);
      // The most programs any frame drawn in this scene had: read by the page after every frame,
      // until the story leaves the scene (then the next one loads) or the walk ends.
      await page.evaluate((id) => {
        const w = window as unknown as { mostPrograms: number; framesSeen: number };
        w.mostPrograms = 0;
        w.framesSeen = 0;
        const look = () => {
          const state = window.salvage!.state();
          if (state.scene !== id || state.ending) return;
          w.mostPrograms = Math.max(w.mostPrograms, window.salvage!.stats().programs);
          w.framesSeen += 1;
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, scene);
      await page.waitForFunction((id) => window.salvage!.state().scene !== id || window.salvage!.state().ending !== null, scene, { timeout: 400_000, polling: 250 });
      const { most, frames } = await page.evaluate(() => {
        const w = window as unknown as { mostPrograms: number; framesSeen: number };
        return { most: w.mostPrograms, frames: w.framesSeen };
      });
      expect(frames, `frames drawn in ${scene} on its tour`).toBeGreaterThan(10);
      expect(most, `programs in ${scene} after ready (at ready: ${atReady})`).toBe(atReady);
    });
  }
});
