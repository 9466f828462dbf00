import type { Page } from '@playwright/test';

/** Buttons of the standard mapping, as the Gamepad API numbers them. */
export const BUTTON = { A: 0, B: 1, START: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;

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

/** Waits until the app has read the pad at least twice more (so it saw the change made before). */
async function padRead(page: Page): Promise<void> {
  const reads = await page.evaluate(() => window.__padReads!);
  await page.waitForFunction((before) => window.__padReads! >= before + 2, reads, { polling: 'raf' });
}

/** Presses a button and lets it go, each seen by the app. */
export async function pressButton(page: Page, button: number): Promise<void> {
  await page.evaluate((b) => Object.assign(window.__scriptedPad!.buttons[b]!, { pressed: true, value: 1 }), button);
  await padRead(page);
  await page.evaluate((b) => Object.assign(window.__scriptedPad!.buttons[b]!, { pressed: false, value: 0 }), button);
  await padRead(page);
}

/** Holds a stick (axes 0,1 left; 2,3 right) until `done` holds in the page, then centres it. */
export async function holdStickUntil(page: Page, axes: [number, number, number, number], done: string, timeout = 60_000): Promise<void> {
  await page.evaluate((a) => (window.__scriptedPad!.axes = a), axes);
  try {
    await page.waitForFunction(done, null, { timeout, polling: 50 });
  } finally {
    await page.evaluate(() => (window.__scriptedPad!.axes = [0, 0, 0, 0]));
  }
}
