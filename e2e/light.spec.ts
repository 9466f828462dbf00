import { CONSTANT } from '../src/scenes/plaza/config';
import { HALF_WIDTH, SMITH_DOOR_Z } from '../src/scenes/corridor/layout';
import { interludeConfig } from '../src/scenes/interlude/config';
import { CRANE_LAMP, MICHAEL_SPOT } from '../src/scenes/interlude/layout';
import { expect, test } from './support/fixtures';
import { advanceUntilReady } from './support/frames';

type Point = readonly [number, number, number];

/**
 * Renders the frame at scene time `t` and reads, for each world point, the median brightness
 * (0 to 255, the mean of r, g, b) of an 11-pixel square round where it lands on screen, seen from
 * the player's eyes (fov 70, tilted by `pitch`, radians, negative looking down: what the beat's
 * view sets). The median passes over rain streaks.
 */
async function brightnessAt(page: import('@playwright/test').Page, t: number, points: Point[], pitch = 0): Promise<number[]> {
  return page.evaluate(
    ({ t, points, pitch }) => {
      const canvas = document.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2')!;
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      window.salvage!.advance(t);
      const { position, yaw } = window.salvage!.state().player;
      const eye = [position[0], position[1] + 1.65, position[2]];
      const tanHalf = Math.tan((70 / 2) * (Math.PI / 180));
      const patch = new Uint8Array(11 * 11 * 4);
      return points.map(([x, y, z]) => {
        const d = [x - eye[0]!, y - eye[1]!, z - eye[2]!];
        const level = -Math.sin(yaw) * d[0]! - Math.cos(yaw) * d[2]!;
        const right = Math.cos(yaw) * d[0]! - Math.sin(yaw) * d[2]!;
        const ahead = level * Math.cos(pitch) + d[1]! * Math.sin(pitch);
        const up = d[1]! * Math.cos(pitch) - level * Math.sin(pitch);
        const px = Math.round(((right / (ahead * tanHalf * (w / h)) + 1) / 2) * w);
        const py = Math.round(((up / (ahead * tanHalf) + 1) / 2) * h);
        if (ahead <= 0 || px < 5 || px > w - 6 || py < 5 || py > h - 6) return -1;
        gl.readPixels(px - 5, py - 5, 11, 11, gl.RGBA, gl.UNSIGNED_BYTE, patch);
        const values: number[] = [];
        for (let i = 0; i < patch.length; i += 4) values.push((patch[i]! + patch[i + 1]! + patch[i + 2]!) / 3);
        values.sort((a, b) => a - b);
        return values[Math.floor(values.length / 2)]!;
      });
    },
    { t, points, pitch },
  );
}

test('the plaza: the constant building throws a hard shadow across the wet ground toward the player', async ({ page }) => {
  // Seen from its corner, where its deep link arrives. The sun stands ahead and to the right, so
  // the building's shadow falls forward-left onto the plaza; a step to its right the ground is in
  // the sun, at the same distance from the eye (the same haze).
  await page.goto('/?beat=plaza.constant-building&capture=1');
  const t = await advanceUntilReady(page);
  const front = CONSTANT.frontZ + 3.5;
  const [shadow, sun] = await brightnessAt(page, t + 1, [
    [1.5, 0, front],
    [7.5, 0, front],
  ]);
  expect(shadow, 'the shaded point is in view').toBeGreaterThanOrEqual(0);
  expect(sun, 'the sunlit point is in view').toBeGreaterThanOrEqual(0);
  expect(shadow!, `shade ${shadow} against sun ${sun}`).toBeLessThan(sun! * 0.75);
});

test("the corridor: Smith's shadow falls on the door he guards, where the lamp over it throws it", async ({ page }) => {
  // At the greeting he stands with his back to his door, seen from the tour's stop for it. Two
  // points on the door's face at knee height: one behind his legs, where the lamp above throws
  // their shadow (seen past him), one a hand's breadth toward the entrance that its light reaches.
  await page.goto('/?scene=corridor&tour=1&speed=3&capture=1');
  let t = await advanceUntilReady(page);
  for (let i = 0; i < 400; i += 1) {
    t += 0.25;
    const s = await page.evaluate((t) => (window.salvage!.advance(t), window.salvage!.state()), t);
    if (s.beat === 'corridor.greeting' && s.player.position[2] < SMITH_DOOR_Z + 3.4) break;
  }
  const face = -HALF_WIDTH + 0.06;
  const [shadow, lit] = await brightnessAt(page, t + 0.25, [
    [face, 0.6, SMITH_DOOR_Z - 0.1],
    [face, 0.6, SMITH_DOOR_Z + 0.2],
  ]);
  expect(shadow, 'the shaded point is in view').toBeGreaterThanOrEqual(0);
  expect(lit, 'the lit point is in view').toBeGreaterThanOrEqual(0);
  expect(shadow!, `shade ${shadow} against light ${lit}`).toBeLessThan(lit! * 0.6);
});

test("the interlude: the crane room's lamp throws the boy's shadow across the deck beside him", async ({ page }) => {
  // Seen from where his beat is watched, looking down at him. The lamp hangs to his left and a
  // little toward the control room, so the shadow of his head lies on the deck to his right; the
  // deck as far to his right again, out of his shadow, is in the lamp's light.
  await page.goto('/?beat=interlude.michael&capture=1');
  const t = await advanceUntilReady(page);
  const [mx, , mz] = MICHAEL_SPOT;
  const [lx, ly, lz] = CRANE_LAMP;
  const head = 1.0;
  const k = ly / (ly - head);
  const shade: Point = [lx + (mx - lx) * k, 0, lz + (mz - lz) * k];
  const [shadow, lit] = await brightnessAt(page, t + 0.5, [shade, [shade[0] + 0.4, 0, shade[2]]], interludeConfig.beatViews!['interlude.michael']!.pitch);
  expect(shadow, 'the shaded point is in view').toBeGreaterThanOrEqual(0);
  expect(lit, 'the lit point is in view').toBeGreaterThanOrEqual(0);
  expect(shadow!, `shade ${shadow} against light ${lit}`).toBeLessThan(lit! * 0.5);
});
