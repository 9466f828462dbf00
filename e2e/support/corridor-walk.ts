import type { Page } from '@playwright/test';
import { holdKeyUntil, readToEnd, snapshot, waitUntilReady, type ReadOn } from './fixtures';

/** From the corridor's spawn, reads the arrival and walks straight ahead until Smith speaks. */
export async function walkToSmith(page: Page): Promise<void> {
  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  await readToEnd(page);
  await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'corridor.greeting'");
}

/** Reads on (Space, unless told how) until the choices are offered. */
export async function readToChoice(page: Page, maxLines = 60, readOn: ReadOn = (p) => p.keyboard.press('Space')): Promise<string[]> {
  for (let i = 0; i < maxLines; i += 1) {
    const state = await snapshot(page);
    if (state.choices.length) return state.choices.map((c) => c.label);
    if (!state.line) throw new Error(`No line and no choice at ${state.beat}`);
    await readOn(page);
    await page.waitForFunction((before) => JSON.stringify([window.salvage!.state().beat, window.salvage!.state().line]) !== before, JSON.stringify([state.beat, state.line]), {
      polling: 50,
    });
  }
  throw new Error('No choice came');
}

export { readToEnd };
