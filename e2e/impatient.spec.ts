import { END_Z, SMITH_HOME } from '../src/scenes/corridor/layout';
import { expect, JOURNEY, snapshot, test, waitUntilReady } from './support/fixtures';
import { playImpatiently } from './support/impatient';
import { enterVrAt, stick } from './support/xr';

/**
 * Players who do not wait for the story: forward held from the spawn, a key about once a second,
 * E whenever a deed is offered. However they play, the story must reach its ending.
 */

/** Past this the player stands against the corridor's far wall (its capsule keeps 0.3 m off it). */
const AT_FAR_WALL = END_Z + 0.5;
/** A step and a half past Smith: well beyond the place, a few steps short of him, where he greets. */
const PAST_SMITH = SMITH_HOME[2] - 1.5;

test.describe('the impatient player', () => {
  test.describe.configure({ timeout: 600_000 });
  // What is drawn does not matter here, only how the story answers: a small view at the lowest
  // quality keeps the CPU renderer quick, so the page takes each key as soon as it is pressed.
  test.use({ ...JOURNEY, viewport: { width: 480, height: 300 } });

  test('the corridor: walked past Smith while the arrival is told, the greeting begins once it has been read', async ({ page }) => {
    await page.goto('/?scene=corridor');
    await waitUntilReady(page);
    await page.keyboard.down('KeyW');
    await page.waitForFunction((z) => window.salvage!.state().player.position[2] < z, AT_FAR_WALL, { timeout: 60_000, polling: 100 });
    await page.keyboard.up('KeyW');
    const atWall = await snapshot(page);
    expect(atWall.beat).toBe('corridor.arrival');
    // Reading on, a line at a time, from the far wall.
    await playImpatiently(page, (s) => s.beat === 'corridor.greeting');
    const greeted = await snapshot(page);
    expect(greeted.line?.speaker).toBe('smith');
    expect(greeted.player.position[2]).toBeLessThan(AT_FAR_WALL);
  });

  test("from the title, W held from every spawn, a key every second or less, E when offered, the story's choices: every scene is left, and the walk is found", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await waitUntilReady(page);
    const scenes: string[] = [];
    const end = await playImpatiently(
      page,
      (s) => {
        if (scenes.at(-1) !== s.scene) scenes.push(s.scene);
        return s.ending !== null;
      },
      900,
    );
    expect(end.ending).toBe('found');
    expect(scenes).toEqual(['construct', 'plaza', 'corridor', 'interlude', 'beach']);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'found');
  });

  test('in a headset, the left stick held forward past Smith during the arrival: the greeting begins once it has been read', async ({ page }) => {
    await enterVrAt(page, 'scene=corridor');
    // The emulated head looks down -Z, as the spawn does: the stick pushed forward walks the corridor.
    await stick(page, 'left', 0, -1);
    await page.waitForFunction((z) => window.salvage!.state().player.position[2] < z, PAST_SMITH, { timeout: 120_000, polling: 200 });
    await stick(page, 'left', 0, 0);
    expect((await snapshot(page)).beat).toBe('corridor.arrival');
    await playImpatiently(page, (s) => s.beat === 'corridor.greeting');
    const greeted = await snapshot(page);
    expect(greeted.mode).toBe('xr');
    expect(greeted.player.position[2]).toBeLessThan(PAST_SMITH);
    expect(greeted.xr.panel.text).toBe(greeted.line!.text);
  });
});
