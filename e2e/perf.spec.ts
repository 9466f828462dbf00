import { expect, test, type Snapshot } from './support/fixtures';

// Each scene played through by the guided tour, fast: every figure, pill and change of look it has.
const SCENES = ['construct', 'plaza', 'corridor', 'interlude', 'beach'] as const;
const TOUR_SPEED = 20;

test.describe('no shader compiles after a scene is ready', () => {
  test.describe.configure({ timeout: 420_000 });
  // Programs count whatever the canvas size: a small one keeps the CPU renderer quick.
  test.use({ viewport: { width: 320, height: 200 } });

  for (const scene of SCENES) {
    test(`${scene}: the programs at ready are all the tour through it needs`, async ({ page }) => {
      await page.goto(`/?scene=${scene}&tour=1&speed=${TOUR_SPEED}`);
      await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: 60_000, polling: 50 });
      const atReady = await page.evaluate(() => window.salvage!.stats().programs);
      expect(atReady).toBeGreaterThan(0);
      // Sampled while the scene is still the story's: once the story moves on, the next scene loads.
      let most = atReady;
      let last: Snapshot | null = null;
      const deadline = Date.now() + 400_000;
      for (;;) {
        const { state, programs } = await page.evaluate(() => ({ state: window.salvage!.state(), programs: window.salvage!.stats().programs }));
        if (state.scene !== scene || state.ending) break;
        most = Math.max(most, programs);
        last = state;
        expect(Date.now(), `the tour through ${scene} ends (last beat ${last.beat})`).toBeLessThan(deadline);
        await page.waitForTimeout(250);
      }
      expect(most, `programs in ${scene} after ready (at ready: ${atReady})`).toBe(atReady);
    });
  }
});
