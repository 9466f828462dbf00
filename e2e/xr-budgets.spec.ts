import type { Page } from '@playwright/test';
import type { FrameStats } from '../src/automation/salvage-api';
import { BUDGET_VIEW, expect, snapshot, statsOfNewFrame, test, waitUntilReady } from './support/fixtures';
import { lookRotation } from './support/xr';

/**
 * Budgets in a headset. three draws every object once per eye, so a session may spend
 * twice a scene's desktop budget, and no more, with the controllers (or tracked hands) and the
 * in-world panel drawn too. The desktop budgets are the ones the scenes' own specs assert
 * (plaza.spec, corridor.spec, beach.spec); the construct has no desktop spec of its own, so it
 * gets the smallest scene budget, 50 draw calls, and no triangle budget.
 */
const DESKTOP_BUDGETS: Record<string, { calls: number; triangles?: number }> = {
  construct: { calls: 50 },
  plaza: { calls: 80, triangles: 500_000 },
  corridor: { calls: 60, triangles: 300_000 },
  interlude: { calls: 50, triangles: 300_000 },
  beach: { calls: 50, triangles: 300_000 },
};

/**
 * Where the emulated head looks, as [yaw, pitch] in radians from the spawn's view: round, and
 * down at the controllers (the emulator holds them in front, low: the busiest view).
 */
const LOOKS: readonly (readonly [number, number])[] = [
  [0, 0],
  [Math.PI / 2, 0],
  [Math.PI, 0],
  [-Math.PI / 2, 0],
  [0, -0.6],
];

/** Frames sampled per look: the panel eases round to the gaze over a few frames, so take the worst. */
const FRAMES_PER_LOOK = 3;

/**
 * Waits for `count` XR frames of the emulated session and returns the draw counts of each. The
 * counts are read once the frame's callbacks have all run (in a microtask after ours), so each
 * is a whole frame: both eyes.
 */
function xrFrames(page: Page, count: number): Promise<FrameStats[]> {
  return page.evaluate(
    (n) =>
      new Promise<FrameStats[]>((resolve, reject) => {
        const session = window.salvageXrDevice?.activeSession;
        if (!session) return reject(new Error('no XR session'));
        const seen: FrameStats[] = [];
        const timer = setTimeout(() => reject(new Error(`only ${seen.length} of ${n} XR frames in 60 s`)), 60_000);
        const onFrame = () => {
          void Promise.resolve().then(() => {
            seen.push(window.salvage!.stats());
            if (seen.length < n) return void session.requestAnimationFrame(onFrame);
            clearTimeout(timer);
            resolve(seen);
          });
        };
        session.requestAnimationFrame(onFrame);
      }),
    count,
  );
}

/** The worst of a few frames. */
async function worstOf(page: Page, count: number): Promise<FrameStats> {
  const frames = await xrFrames(page, count);
  return frames.reduce((a, b) => ({ ...b, calls: Math.max(a.calls, b.calls), triangles: Math.max(a.triangles, b.triangles) }));
}

/** Turns the emulated head (tracking space, standing height) to [yaw, pitch]. */
function lookAt(page: Page, yaw: number, pitch: number): Promise<void> {
  const to = [-Math.sin(yaw) * Math.cos(pitch), 1.6 + Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
  const q = lookRotation([0, 1.6, 0], to);
  return page.evaluate(([x, y, z, w]) => void window.salvageXrDevice!.quaternion.set(x, y, z, w), q);
}

/** Both controllers' places in the tracking space (to put them back after moving them away). */
type Places = Record<'left' | 'right', [number, number, number]>;
const controllerPlaces = (page: Page): Promise<Places> =>
  page.evaluate(() => {
    const at = (hand: 'left' | 'right') => {
      const p = window.salvageXrDevice!.controllers[hand]!.position;
      return [p.x, p.y, p.z] as [number, number, number];
    };
    return { left: at('left'), right: at('right') };
  });
const placeControllers = (page: Page, places: Places): Promise<void> =>
  page.evaluate((to) => {
    for (const hand of ['left', 'right'] as const) window.salvageXrDevice!.controllers[hand]!.position.set(...to[hand]);
  }, places);

const angleBetween = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

test.describe('budgets in a headset (emulated)', () => {
  test.describe.configure({ timeout: 240_000 });
  test.use({ viewport: BUDGET_VIEW });

  for (const [scene, desktopBudget] of Object.entries(DESKTOP_BUDGETS)) {
    const budget = { calls: 2 * desktopBudget.calls, triangles: desktopBudget.triangles && 2 * desktopBudget.triangles };
    test(`${scene}: at most ${budget.calls} draw calls${budget.triangles ? ` and ${budget.triangles / 1000}k triangles` : ''} wherever one looks, controllers, hands and panel included`, async ({
      page,
    }) => {
      const models: string[] = [];
      page.on('response', (r) => r.url().includes('/xr-profiles/') && r.url().endsWith('.glb') && models.push(new URL(r.url()).pathname));

      // The desktop view at the spawn, then the same place in a headset (Enter VR from the pause menu).
      await page.goto(`/?xr=emulate&scene=${scene}`);
      await waitUntilReady(page);
      const desktop = await statsOfNewFrame(page);
      const onDesktop = await snapshot(page);
      expect(onDesktop.scene).toBe(scene);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: 'Enter VR' }).click();
      await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 60_000, polling: 50 });

      // The story's line is on the in-world panel, and both controllers' models have arrived.
      const line = (await snapshot(page)).line;
      expect(line, `a line at ${scene}'s spawn`).not.toBeNull();
      await expect.poll(async () => (await snapshot(page)).xr.panel.text, { timeout: 45_000 }).toBe(line!.text);
      await expect
        .poll(() => models, { timeout: 45_000 })
        .toEqual(expect.arrayContaining(['/xr-profiles/meta-quest-touch-plus/left.glb', '/xr-profiles/meta-quest-touch-plus/right.glb']));
      await xrFrames(page, 3);

      // Really stereo: with the controllers put out of sight, the spawn's view draws the desktop's
      // view once per eye (the eyes' frusta, together, cover the desktop's there). A count of one
      // eye would come out near the desktop's. A shadow map (the corridor's lamp over Smith, the
      // crane room's lamp) is drawn once for both eyes, so the triangles come to less than twice.
      const controllersAt = await controllerPlaces(page);
      await placeControllers(page, { left: [-0.2, -50, 0], right: [0.2, -50, 0] });
      const bare = await worstOf(page, 3);
      expect(bare.calls, `stereo draw calls in ${scene} vs the desktop's ${desktop.calls}`).toBeGreaterThanOrEqual(2 * desktop.calls);
      expect(bare.triangles, `stereo triangles in ${scene} vs the desktop's ${desktop.triangles}`).toBeGreaterThanOrEqual(1.5 * desktop.triangles);
      await placeControllers(page, controllersAt);

      // Round and down, with the controllers where the emulator holds them (in front, low).
      const seen: { look: readonly [number, number]; calls: number; triangles: number }[] = [];
      for (const look of LOOKS) {
        await lookAt(page, look[0], look[1]);
        const yaw = onDesktop.player.yaw + look[0];
        await expect.poll(async () => angleBetween((await snapshot(page)).player.yaw, yaw), { timeout: 30_000 }).toBeLessThan(0.01);
        const worst = await worstOf(page, FRAMES_PER_LOOK);
        seen.push({ look, calls: worst.calls, triangles: worst.triangles });
      }
      // The controllers were drawn in some view (the straight-ahead one): more than the bare view.
      expect(Math.max(...seen.map((s) => s.calls))).toBeGreaterThan(bare.calls);

      // Tracked hands instead of controllers, in front of the eyes.
      await lookAt(page, 0, 0);
      await page.evaluate(() => {
        window.salvageXrDevice!.primaryInputMode = 'hand';
      });
      await expect.poll(() => models, { timeout: 45_000 }).toEqual(expect.arrayContaining(['/xr-profiles/generic-hand/left.glb', '/xr-profiles/generic-hand/right.glb']));
      await expect.poll(async () => (await worstOf(page, 2)).calls, { timeout: 60_000 }).toBeGreaterThan(bare.calls);
      const hands = await worstOf(page, FRAMES_PER_LOOK);
      seen.push({ look: [0, 0], calls: hands.calls, triangles: hands.triangles });

      await test.info().attach('xr-stats', { body: JSON.stringify({ desktop, bare, seen }, null, 2), contentType: 'application/json' });
      for (const s of seen) {
        expect(s.calls, `draw calls looking ${JSON.stringify(s.look)}`).toBeLessThanOrEqual(budget.calls);
        if (budget.triangles) expect(s.triangles, `triangles looking ${JSON.stringify(s.look)}`).toBeLessThanOrEqual(budget.triangles);
      }
      expect((await snapshot(page)).xr.presenting).toBe(true);
    });
  }
});
