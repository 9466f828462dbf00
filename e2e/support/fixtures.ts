import { test as base, expect, type Page } from '@playwright/test';
import type { FrameStats, SalvageSnapshot } from '../../src/automation/salvage-api';

export interface SalvageFixtures {
  /** URLs the page asked for outside the local server (they are blocked and fail the test). */
  externalRequests: string[];
}

export interface SalvageOptions {
  /**
   * The quality level every page opens at: `?quality=N` is added to each `page.goto` address that
   * names none. `null` leaves the app's own choice, which under automation is full quality (level 0).
   */
  openAtQuality: number | null;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Every test runs offline by construction: any request that would leave the local server is
 * blocked, recorded, and fails the test when it ends. Page errors fail it too.
 */
export const test = base.extend<SalvageFixtures & SalvageOptions>({
  openAtQuality: [null, { option: true }],
  externalRequests: [
    async ({ page, openAtQuality }, use) => {
      const external: string[] = [];
      const pageErrors: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL.has(url.hostname)) return route.continue();
        external.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const violations = await watchPolicyViolations(page);
      compileStringPredicates(page);
      if (openAtQuality !== null) openPagesAtQuality(page, openAtQuality);
      await use(external);
      expect(external, 'requests that left the local server').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For journeys: tests of the story, of input and of the interface, not of pixels or budgets. They
 * run at the lowest quality level and the suite's usual view size, where a CPU renderer draws the
 * lit scenes three times faster than at full quality; what they check does not depend on the
 * pixel count. Pictures, flashes and draw budgets stay at full quality.
 */
export const JOURNEY = { openAtQuality: 3, viewport: { width: 800, height: 500 } } as const;

/** Makes `page.goto` open every address at quality `level`, unless the address names one. */
function openPagesAtQuality(page: Page, level: number): void {
  const goto = page.goto.bind(page);
  page.goto = ((url: string, options?: Parameters<Page['goto']>[1]) => goto(addressAtQuality(url, level), options)) as Page['goto'];
}

/** `url` with `quality=level` in its query, unless it names a quality already. */
export function addressAtQuality(url: string, level: number): string {
  if (/[?&]quality=/.test(url)) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  return `${path}${path.includes('?') ? '&' : '?'}quality=${level}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * `waitForFunction('an expression')` makes Playwright `eval` the text inside the page, which the
 * app's Content-Security-Policy (no 'unsafe-eval') refuses. The expression is compiled here, in
 * Node, into a function, whose source Playwright hands to the browser through the DevTools
 * protocol (not subject to the page's policy), so specs keep writing expressions and the policy
 * stays whole.
 */
function compileStringPredicates(page: Page): void {
  const waitForFunction = page.waitForFunction.bind(page);
  page.waitForFunction = ((predicate: unknown, arg?: unknown, options?: Parameters<Page['waitForFunction']>[2]) =>
    waitForFunction(
      typeof predicate === 'string' ? (new Function(`return (${predicate});`) as () => unknown) : (predicate as () => unknown),
      arg,
      options,
    )) as Page['waitForFunction'];
}

/**
 * Collects every Content-Security-Policy violation of `page` (and its workers): the document's
 * `securitypolicyviolation` events, reported through a binding, and the browser's own console
 * report of a refused load (which also covers workers, whose events never reach the document).
 * Returns the live list. Exported for specs that open pages of their own.
 */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__salvageCspViolation', (_source, text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __salvageCspViolation?: (text: string) => void }).__salvageCspViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const refused = (text: string) => /Content Security Policy/i.test(text) && /Refused|violates/i.test(text);
  page.on('console', (message) => {
    if (refused(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (refused(message.text())) violations.push(`worker console: ${message.text()}`);
    }),
  );
  return violations;
}

/** What `salvage.state()` returns: the app's own documented type. */
export type Snapshot = SalvageSnapshot;

/**
 * What a visitor does before anything else: the pointer comes onto the page (to its corner, over
 * nothing). On the title that is the intent that runs the 3D half of the app, and with it the
 * automation API (`window.salvage`); this waits for it.
 */
export async function reachForThePage(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => window.salvage !== undefined);
}

/**
 * The story, the player and the stage as the app reports them (`salvage.state()`). The API comes
 * with the 3D half: on a title nobody has touched yet, the pointer reaches for the page first.
 */
export async function snapshot(page: Page): Promise<Snapshot> {
  const state = await page.evaluate(() => window.salvage?.state() ?? null);
  if (state) return state;
  await reachForThePage(page);
  return page.evaluate(() => window.salvage!.state());
}

/** Waits until the story's scene has rendered its first frame. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.salvage?.state().ready === true, null, { timeout: 45_000, polling: 100 });
}

/** Opens the title screen and presses Start. */
export async function startWalk(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitUntilReady(page);
}

/** How a test reads on: Space by default; a tap or a pad's (A) in the touch and gamepad journeys. */
export type ReadOn = (page: Page) => Promise<void>;
const pressSpace: ReadOn = (page) => page.keyboard.press('Space');

/** Reads on (Space, unless told how) until no line is on screen (the beat that was playing has ended). */
export async function readToEnd(page: Page, maxLines = 30, readOn: ReadOn = pressSpace): Promise<void> {
  for (let i = 0; i < maxLines; i += 1) {
    const state = await snapshot(page);
    if (!state.line || state.choices.length) return;
    await readOn(page);
    await page.waitForFunction((before) => JSON.stringify(window.salvage!.state().line) !== before || window.salvage!.state().line === null, JSON.stringify(state.line), {
      polling: 50,
    });
  }
  throw new Error('The dialogue did not end after ' + maxLines + ' lines');
}

/** Holds a key until `done` (evaluated in the page) holds, or the timeout passes. */
export async function holdKeyUntil(page: Page, key: string, done: string, timeout = 30_000): Promise<void> {
  await page.keyboard.down(key);
  try {
    await page.waitForFunction(done, null, { timeout, polling: 50 });
  } finally {
    await page.keyboard.up(key);
  }
}

/**
 * Reads on with Space until the story moves to `scene`, and no further: the new scene's first
 * beat is left unread (readToEnd would run on into it if it arrived quickly).
 */
export async function readUntilScene(page: Page, scene: string, maxLines = 40): Promise<void> {
  for (let i = 0; i < maxLines; i += 1) {
    const state = await snapshot(page);
    if (state.scene === scene) return;
    if (!state.line) throw new Error(`No line to read at ${state.beat}, still in ${state.scene}`);
    await page.keyboard.press('Space');
    await page.waitForFunction((before) => JSON.stringify([window.salvage!.state().scene, window.salvage!.state().line]) !== before, JSON.stringify([state.scene, state.line]), {
      polling: 50,
    });
  }
  throw new Error(`The story did not reach ${scene}`);
}

/**
 * A budget test's view size: draw calls and triangles do not depend on the pixel count, so a
 * 1280x720 view's 16:9 at a quarter of its pixels counts the same and draws four times faster.
 */
export const BUDGET_VIEW = { width: 640, height: 360 };

/**
 * The draw counts of four views a quarter turn apart (turned with the arrow key, from the player's
 * yaw): each read from a frame drawn after the turn, and the turns measured, not timed.
 */
export async function statsInFourViews(page: Page): Promise<FrameStats[]> {
  const seen: FrameStats[] = [];
  const start = (await snapshot(page)).player.yaw;
  for (let turn = 0; turn < 4; turn += 1) {
    if (turn > 0) await holdKeyUntil(page, 'ArrowLeft', `window.salvage.state().player.yaw > ${start + (turn * Math.PI) / 2}`);
    seen.push(await statsOfNewFrame(page));
  }
  return seen;
}

/** The draw counts of a frame drawn after this call (two, so the one read was wholly drawn after). */
export async function statsOfNewFrame(page: Page): Promise<FrameStats> {
  const drawn = (await page.evaluate(() => window.salvage!.stats())).frames;
  await page.waitForFunction((f) => window.salvage!.stats().frames > f + 1, drawn, { polling: 'raf' });
  return page.evaluate(() => window.salvage!.stats());
}

/** Holds a key while the page draws `frames` more frames: pushing on for a counted while, not a timed one. */
export async function holdKeyForFrames(page: Page, key: string, frames: number, timeout = 60_000): Promise<void> {
  await page.keyboard.down(key);
  try {
    await framesDrawn(page, frames, timeout);
  } finally {
    await page.keyboard.up(key);
  }
}

/** Waits while the page draws `frames` more frames: time passing in the scene, counted, not timed. */
export async function framesDrawn(page: Page, frames: number, timeout = 60_000): Promise<void> {
  const drawn = (await page.evaluate(() => window.salvage!.stats())).frames;
  await page.waitForFunction((until) => window.salvage!.stats().frames >= until, drawn + frames, { timeout, polling: 'raf' });
}

/**
 * Waits until `measure` (an expression evaluated in the page, e.g. the player's distance from a
 * wall) has kept the same value over `frames` drawn frames: something pushed has stopped. It never
 * returns while the value keeps changing, however fast or slow the frames come.
 */
export async function waitUntilSteady(page: Page, measure: string, frames = 10, timeout = 30_000): Promise<void> {
  await page.evaluate(() => delete (window as unknown as { __steady?: unknown }).__steady);
  // A string predicate: the fixture compiles it in Node (the page's policy forbids eval).
  const steady = `(() => {
    const value = JSON.stringify(${measure});
    const frame = window.salvage.stats().frames;
    const seen = window.__steady;
    if (!seen || seen.value !== value) {
      window.__steady = { value, since: frame };
      return false;
    }
    return frame - seen.since >= ${frames};
  })()`;
  await page.waitForFunction(steady, null, { timeout, polling: 'raf' });
}

/** Holds a key until `measure` (evaluated in the page) has stopped changing over `frames` drawn frames. */
export async function holdKeyUntilSteady(page: Page, key: string, measure: string, frames = 10, timeout = 30_000): Promise<void> {
  await page.keyboard.down(key);
  try {
    await waitUntilSteady(page, measure, frames, timeout);
  } finally {
    await page.keyboard.up(key);
  }
}
