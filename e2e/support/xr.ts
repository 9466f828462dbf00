import type { Page } from '@playwright/test';
import { expect, snapshot, waitUntilReady, type Snapshot } from './fixtures';

/**
 * Driving the emulated headset (iwer's Meta Quest 3, installed by `?xr=emulate`) the way a
 * person would: thumbsticks, buttons, pinches, and where the controllers point. Positions are in
 * the headset's tracking space (metres, relative to the XR origin, like the real device reports).
 */

export type Hand = 'left' | 'right';

/** Opens `path` (with `?xr=emulate` added), presses Enter VR on the title and waits for the scene. */
export async function enterVrFromTitle(page: Page, path = '/'): Promise<void> {
  const url = new URL(path, 'http://localhost');
  url.searchParams.set('xr', 'emulate');
  await page.goto(`${url.pathname}${url.search}`);
  const enter = page.getByRole('button', { name: 'Enter VR' });
  await expect(enter).toBeEnabled();
  await enter.click();
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 45_000, polling: 100 });
  await waitUntilReady(page);
}

/** Same place, to `digits` decimals (the emulator's floating point can give -0 for 0). */
export function expectSamePlace(a: readonly number[], b: readonly number[], digits = 2): void {
  for (let i = 0; i < 3; i += 1) expect(a[i]).toBeCloseTo(b[i]!, digits);
}

/** Holds a thumbstick at (x, y): y = -1 is pushed forward. */
export function stick(page: Page, hand: Hand, x: number, y: number): Promise<void> {
  return page.evaluate(([h, sx, sy]) => window.salvageXrDevice!.controllers[h as Hand]!.updateAxes('thumbstick', sx as number, sy as number), [hand, x, y] as const);
}

/** Sets a controller button's value ('trigger', 'squeeze', 'a-button', ...): 1 pressed, 0 released. */
export function button(page: Page, hand: Hand, id: string, value: number): Promise<void> {
  return page.evaluate(([h, b, v]) => window.salvageXrDevice!.controllers[h as Hand]!.updateButtonValue(b as string, v as number), [hand, id, value] as const);
}

/**
 * A quick pull of a button ('trigger' by default): pressed for one frame of the session, as a
 * finger would. A click is a press and release on the same target within the pointers' window, and
 * frames here can be slow: the press is timed by the session's frames. The ray gets two frames to find
 * its target first. A press that ends the session (Leave VR) returns when it has ended.
 */
export async function click(page: Page, hand: Hand, id = 'trigger'): Promise<void> {
  await page.evaluate(
    async ([h, b]) => {
      const device = window.salvageXrDevice!;
      const session = device.activeSession!;
      // A press that ends the session (Leave VR) gets no more frames.
      const ended = new Promise<void>((resolve) => session.addEventListener('end', () => resolve(), { once: true }));
      const frame = () => Promise.race([new Promise<void>((resolve) => session.requestAnimationFrame(() => resolve())), ended]);
      const controller = device.controllers[h as Hand]!;
      await frame();
      await frame();
      controller.updateButtonValue(b as string, 1);
      await frame();
      controller.updateButtonValue(b as string, 0);
      await frame();
      await frame();
    },
    [hand, id] as const,
  );
}

/**
 * Places a controller at `from` (tracking space) and points its ray at `to`. The ray of a
 * WebXR target-ray space looks down its -Z axis.
 */
export function aim(page: Page, hand: Hand, from: readonly [number, number, number], to: readonly [number, number, number]): Promise<void> {
  const q = lookRotation(from, to);
  return page.evaluate(
    ([h, p, r]) => {
      const controller = window.salvageXrDevice!.controllers[h as Hand]!;
      const [px, py, pz] = p as readonly number[];
      const [qx, qy, qz, qw] = r as readonly number[];
      controller.position.set(px!, py!, pz!);
      controller.quaternion.set(qx!, qy!, qz!, qw!);
    },
    [hand, from, q] as const,
  );
}

/** The rotation (x, y, z, w) that turns -Z toward `to - from`, keeping +Y up (yaw, then pitch). */
export function lookRotation(from: readonly number[], to: readonly number[]): [number, number, number, number] {
  const dx = to[0]! - from[0]!;
  const dy = to[1]! - from[1]!;
  const dz = to[2]! - from[2]!;
  const yaw = Math.atan2(-dx, -dz);
  const pitch = Math.atan2(dy, Math.hypot(dx, dz));
  // q = qYaw * qPitch (YXZ order, roll 0).
  const cy = Math.cos(yaw / 2);
  const sy = Math.sin(yaw / 2);
  const cp = Math.cos(pitch / 2);
  const sp = Math.sin(pitch / 2);
  return [cy * sp, sy * cp, -sy * sp, cy * cp];
}

/**
 * Opens a deep link with the emulator (`query` like 'scene=corridor'), waits for the scene, and
 * enters VR from the pause menu, as a player already walking would.
 */
export async function enterVrAt(page: Page, query: string): Promise<void> {
  await page.goto(`/?xr=emulate&${query}`);
  await waitUntilReady(page);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: 'Enter VR' }).click();
  await page.waitForFunction(() => window.salvage?.state().xr.presenting === true, null, { timeout: 45_000, polling: 100 });
  await waitUntilReady(page);
}

/** Starts recording, in the page, the largest fade and vignette seen (read with `readCoverMaxima`). */
export function recordCoverMaxima(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __cover?: { fade: number; vignette: number } };
    w.__cover = { fade: 0, vignette: 0 };
    const sample = () => {
      const { fade, vignette } = window.salvage!.state().xr.comfort;
      w.__cover!.fade = Math.max(w.__cover!.fade, fade);
      w.__cover!.vignette = Math.max(w.__cover!.vignette, vignette);
    };
    setInterval(sample, 10);
    // And once every frame of the session: under load, timers can miss a one-frame black.
    const session = window.salvageXrDevice?.activeSession;
    const everyFrame = () => {
      sample();
      if (window.salvageXrDevice?.activeSession === session) session?.requestAnimationFrame(() => void Promise.resolve().then(everyFrame));
    };
    everyFrame();
  });
}

export function readCoverMaxima(page: Page): Promise<{ fade: number; vignette: number }> {
  return page.evaluate(() => (window as unknown as { __cover: { fade: number; vignette: number } }).__cover);
}

/**
 * Points a controller from `from` at the centre of the in-world panel (or at one of its buttons,
 * by label) and pulls its trigger, all within the session's frames: the ray is aimed, given a
 * frame to find the panel where it stands, and the trigger is pressed for one frame. Returns once
 * the story's place (scene, beat, line, ending) has changed, or false when it has not after
 * `patience` frames. One round trip to the page instead of one per step: on a CPU renderer each
 * round trip costs about a frame. With `input` 'hand', the tracked hand points and pinches instead.
 */
export function pullAtPanel(
  page: Page,
  hand: Hand,
  from: readonly [number, number, number],
  button: string | null = null,
  patience = 12,
  input: 'controller' | 'hand' = 'controller',
): Promise<boolean> {
  return page.evaluate(
    async ([h, start, label, waitFrames, by]) => {
      const device = window.salvageXrDevice!;
      const session = device.activeSession!;
      const tracked = by === 'hand' ? device.hands[h as Hand]! : device.controllers[h as Hand]!;
      const press = (value: number) => (by === 'hand' ? device.hands[h as Hand]!.updatePinchValue(value) : device.controllers[h as Hand]!.updateButtonValue('trigger', value));
      const ended = new Promise<void>((resolve) => session.addEventListener('end', () => resolve(), { once: true }));
      const frame = () => Promise.race([new Promise<void>((resolve) => session.requestAnimationFrame(() => resolve())), ended]);
      const place = () => {
        const s = window.salvage!.state();
        return JSON.stringify([s.scene, s.beat, s.line, s.ending]);
      };
      const target = (): number[] | null => {
        const panel = window.salvage!.state().xr.panel;
        if (label === null) return panel.position;
        return panel.buttons.find((b) => b.label === label)?.position ?? null;
      };
      const [fx, fy, fz] = start as readonly number[];
      const aimAt = (to: number[]) => {
        // Yaw then pitch (YXZ, no roll): the target-ray space looks down its -Z axis.
        const dx = to[0]! - fx!;
        const dy = to[1]! - fy!;
        const dz = to[2]! - fz!;
        const yaw = Math.atan2(-dx, -dz);
        const pitch = Math.atan2(dy, Math.hypot(dx, dz));
        const [cy, sy, cp, sp] = [Math.cos(yaw / 2), Math.sin(yaw / 2), Math.cos(pitch / 2), Math.sin(pitch / 2)];
        tracked.position.set(fx!, fy!, fz!);
        tracked.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
      };
      const before = place();
      // The panel follows the gaze lazily: aim where it stands until it stands still under the ray.
      let aimed: number[] | null = null;
      for (let i = 0; i < 150; i += 1) {
        const at = target();
        if (at && aimed && Math.hypot(at[0]! - aimed[0]!, at[1]! - aimed[1]!, at[2]! - aimed[2]!) < 0.004) break;
        if (at) aimAt(at);
        aimed = at;
        await frame();
      }
      if (!aimed) return false;
      await frame();
      press(1);
      await frame();
      press(0);
      for (let i = 0; i < (waitFrames as number); i += 1) {
        if (place() !== before || !device.activeSession) return true;
        await frame();
      }
      return place() !== before;
    },
    [hand, from, button, patience, input] as const,
  );
}

/**
 * Waits through the session's frames until the app has drawn at least `frames` more of them and,
 * when `seconds` is given, until those frames span that much of the clock the app's frame deltas
 * come from: for rules timed in seconds (a hold, a fade), proof that they had the time to act.
 * Counted in frames, never a fixed wait: a slow machine only makes it take longer.
 */
export async function sessionFrames(page: Page, frames: number, seconds = 0): Promise<void> {
  const ok = await page.evaluate(
    async ([n, s]) => {
      const session = window.salvageXrDevice!.activeSession!;
      let ended = false;
      session.addEventListener('end', () => void (ended = true), { once: true });
      const frame = () => new Promise<void>((resolve) => session.requestAnimationFrame(() => resolve()));
      const drawn = window.salvage!.stats().frames;
      await frame();
      const start = performance.now();
      while (!ended && (window.salvage!.stats().frames - drawn < n! || (performance.now() - start) / 1000 < s!)) await frame();
      return !ended;
    },
    [frames, seconds] as const,
  );
  if (!ok) throw new Error('The session ended while waiting for its frames');
}

/**
 * The in-world panel once it has stopped easing after the gaze (it follows lazily): read every
 * frame of the session until it has moved less than half a millimetre over five frames, which
 * leaves it within a few millimetres of where it is going at any frame rate up to 90 Hz.
 */
export async function settledPanel(page: Page): Promise<Snapshot['xr']['panel']> {
  const settled = await page.evaluate(async () => {
    const session = window.salvageXrDevice!.activeSession!;
    const frame = () => new Promise<void>((resolve) => session.requestAnimationFrame(() => resolve()));
    const seen: number[][] = [];
    for (let i = 0; i < 900 && window.salvageXrDevice!.activeSession === session; i += 1) {
      await frame();
      const at = window.salvage!.state().xr.panel.position;
      if (!at) {
        seen.length = 0;
        continue;
      }
      seen.push(at);
      const back = seen[seen.length - 6];
      if (back && Math.hypot(at[0]! - back[0]!, at[1]! - back[1]!, at[2]! - back[2]!) < 0.0005) return true;
    }
    return false;
  });
  if (!settled) throw new Error('The panel never settled');
  return (await snapshot(page)).xr.panel;
}
