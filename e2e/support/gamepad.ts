import type { Page } from '@playwright/test';

/** Buttons of the standard mapping, as the Gamepad API numbers them. */
export const BUTTON = { A: 0, B: 1, START: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

/** Sticks, as the pad's four axes: left x, left y (down is +), right x, right y. */
export const STICK = { forward: [0, -1, 0, 0], back: [0, 1, 0, 0], turnLeft: [0, 0, -1, 0] } as const;

declare global {
  interface Window {
    __scriptedPad?: { axes: number[]; buttons: { pressed: boolean; touched: boolean; value: number }[] };
    /** How many times the page has read the pads: a press is seen once this moves on. */
    __padReads?: number;
    __rumbles?: unknown[];
  }
}

/**
 * The test seam for gamepads: before the page loads, `navigator.getGamepads()` is replaced by
 * one returning a scripted pad with the standard mapping (and a rumble motor that records what
 * it is asked). The app reads it exactly as it reads a real pad.
 */
export async function plugInScriptedPad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pad = {
      id: 'Scripted pad (STANDARD GAMEPAD)',
      index: 0,
      connected: true,
      mapping: 'standard',
      timestamp: 0,
      axes: [0, 0, 0, 0],
      buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
      vibrationActuator: {
        playEffect: (...args: unknown[]) => {
          window.__rumbles!.push(args);
          return Promise.resolve('complete');
        },
      },
    };
    window.__scriptedPad = pad;
    window.__padReads = 0;
    window.__rumbles = [];
    Object.defineProperty(navigator, 'getGamepads', {
      value: () => {
        window.__padReads! += 1;
        return [pad, null, null, null];
      },
    });
  });
}

/**
 * Presses a button and lets it go, each held until the app has read the pad twice, in one call
 * to the page (each call costs about a frame on a CPU renderer).
 */
export async function pressButton(page: Page, button: number): Promise<void> {
  await page.evaluate(async (b) => {
    const readsPast = async (count: number) => {
      const until = window.__padReads! + count;
      while (window.__padReads! < until) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    const state = window.__scriptedPad!.buttons[b]!;
    Object.assign(state, { pressed: true, value: 1 });
    await readsPast(2);
    Object.assign(state, { pressed: false, value: 0 });
    await readsPast(2);
  }, button);
}

/** Holds a stick (axes 0,1 left; 2,3 right) until `done` holds in the page, then centres it. */
export async function holdStickUntil(page: Page, axes: readonly number[], done: string, timeout = 60_000): Promise<void> {
  await page.evaluate((a) => (window.__scriptedPad!.axes = [...a]), axes);
  try {
    await page.waitForFunction(done, null, { timeout, polling: 50 });
  } finally {
    await page.evaluate(() => (window.__scriptedPad!.axes = [0, 0, 0, 0]));
  }
}
