import type { CDPSession, Page } from '@playwright/test';

/**
 * Real touches through the browser's own input pipeline (Chrome DevTools Protocol): the page
 * sees touch events and pointer events with pointerType "touch", as on a phone. Playwright's
 * touchscreen only taps; walking and looking need a finger held and dragged.
 */
export class Finger {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly id: number,
  ) {}

  static async on(page: Page, id = 1): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page), id);
  }

  down(x: number, y: number): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: this.id }] });
  }

  move(x: number, y: number): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y, id: this.id }] });
  }

  up(): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

/** Holds a thumb on the stick side, pushed up (forward) or down (back), until `done` holds in the page. */
export async function holdStickUntil(page: Page, done: string, way: 'forward' | 'back', timeout = 60_000): Promise<void> {
  const view = page.viewportSize()!;
  const finger = await Finger.on(page);
  const x = view.width * 0.15;
  const y = view.height * 0.6;
  const sign = way === 'forward' ? -1 : 1;
  await finger.down(x, y);
  await finger.move(x, y + sign * 30);
  await finger.move(x, y + sign * 80);
  try {
    await page.waitForFunction(done, null, { timeout, polling: 50 });
  } finally {
    await finger.up();
  }
}

/** Drags a finger across the look side of the view, by `dx` pixels, in steps. */
export async function dragToLook(page: Page, dx: number, steps = 6): Promise<void> {
  const view = page.viewportSize()!;
  const finger = await Finger.on(page, 2);
  const x = view.width * 0.7;
  const y = view.height * 0.45;
  await finger.down(x, y);
  for (let i = 1; i <= steps; i += 1) await finger.move(x + (dx * i) / steps, y);
  await finger.up();
}

/** Reads on by tapping the subtitle, as a phone player does. */
export async function tapSubtitle(page: Page): Promise<void> {
  await page.locator('.subtitle').tap();
}
