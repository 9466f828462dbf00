import type { Page } from '@playwright/test';
import { expect, JOURNEY, snapshot, test, type Snapshot } from './support/fixtures';
import { CONSTANT } from '../src/scenes/plaza/config';
import { HOLD_SECONDS } from '../src/xr/hold-out';
import { aim, click, enterVrAt, enterVrFromTitle, lookRotation, pullAtPanel, sessionFrames, settledPanel, stick, type Hand } from './support/xr';

/**
 * Playing the story in the emulated headset with the controllers alone: the trigger on the
 * in-world panel reads on and chooses, the left stick walks, a ray at the thing itself does the
 * deed, and a pill held out toward Smith is a choice. Positions are in the tracking space.
 */

type Point = readonly [number, number, number];
/** Where iwer's Quest controllers rest, and where its headset is. */
const REST: Record<Hand, Point> = { left: [-0.25, 1.5, -0.4], right: [0.25, 1.5, -0.4] };
const HEAD: Point = [0, 1.6, 0];
/** The plaza's door, in world z: the constant building's front (the ray's target stands just proud of it). */
const DOOR_FRONT_Z = CONSTANT.frontZ;

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

const where = (s: Snapshot) => JSON.stringify([s.scene, s.beat, s.line, s.ending]);

/**
 * Points the right controller at the panel and pulls the trigger: the next line. Tried again
 * when nothing happened (just after entering, the controller's ray waits for its model to load).
 */
async function readOn(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await pullAtPanel(page, 'right', REST.right)) return;
  }
  throw new Error(`The trigger on the panel did not read on from ${where(await snapshot(page))}`);
}

/** Reads on with the trigger until `stop` holds (or no line is left to read). */
async function readUntil(page: Page, stop: (s: Snapshot) => boolean, maxLines = 60): Promise<Snapshot> {
  for (let i = 0; i < maxLines; i += 1) {
    const state = await snapshot(page);
    if (stop(state) || !state.line || state.choices.length) return state;
    await readOn(page);
  }
  throw new Error('Too many lines');
}

async function readToChoice(page: Page): Promise<string[]> {
  const state = await readUntil(page, (s) => s.choices.length > 0);
  expect(state.choices.length, `a choice at ${state.beat}`).toBeGreaterThan(0);
  return state.choices.map((c) => c.label);
}

/** Aims the right controller's ray at a panel button and pulls the trigger. */
async function press(page: Page, label: string): Promise<void> {
  await expect.poll(async () => (await snapshot(page)).xr.panel.buttons.map((b) => b.label)).toContain(label);
  await pullAtPanel(page, 'right', REST.right, label, 0);
}

/** Holds the left stick forward (or back, with `push` > 0) until `done` (evaluated in the page) holds. */
async function walkUntil(page: Page, done: string, timeout = 90_000, push = -1): Promise<void> {
  await stick(page, 'left', 0, push);
  try {
    await page.waitForFunction(done, null, { timeout, polling: 50 });
  } finally {
    await stick(page, 'left', 0, 0);
  }
}

/** Moves a controller to `to` (tracking space), keeping it pointing ahead. */
function moveHand(page: Page, hand: Hand, to: Point): Promise<void> {
  return aim(page, hand, to, [to[0], to[1], to[2] - 1]);
}

/** `metres` from the head toward `target`, in the tracking space. */
function reachToward(target: readonly number[], metres: number): Point {
  const d = distance(target, HEAD);
  return [HEAD[0] + ((target[0]! - HEAD[0]) / d) * metres, HEAD[1] + ((target[1]! - HEAD[1]) / d) * metres, HEAD[2] + ((target[2]! - HEAD[2]) / d) * metres];
}

/** Waits until the story stands in `scene`, staged and drawn, with `beat` playing. */
async function arriveAt(page: Page, scene: string, beat: string): Promise<void> {
  await page.waitForFunction(([sc, b]) => window.salvage?.state().scene === sc && window.salvage.state().ready && window.salvage.state().beat === b, [scene, beat] as const, {
    timeout: 60_000,
    polling: 100,
  });
}

test.describe('the story in a headset, with the controllers (emulated)', () => {
  test.describe.configure({ timeout: 300_000 });
  // Journeys, not pictures: rays, the panel and the story do not depend on the pixel count, and a
  // CPU renderer draws both eyes of a small view several times faster.
  test.use({ ...JOURNEY, viewport: { width: 480, height: 300 } });

  test('from the title through the plaza and its door, with the controllers alone', async ({ page }) => {
    await enterVrFromTitle(page);
    // The construct: Link's lines read on with the trigger, then a walk to the threshold.
    expect((await snapshot(page)).beat).toBe('construct.jack-in');
    await readUntil(page, () => false);
    await walkUntil(page, "window.salvage.state().beat === 'construct.threshold'");
    await readUntil(page, (s) => s.scene === 'plaza');

    // New York: straight ahead, out of the snow, into the rain, up to the one building that stands.
    await arriveAt(page, 'plaza', 'plaza.arrival');
    await readUntil(page, () => false);
    await walkUntil(page, 'window.salvage.state().player.position[2] < -38', 180_000);

    // A step back, to read (the hands were in the door) and to point at it.
    await walkUntil(page, 'window.salvage.state().player.position[2] > -37.6', 30_000, 0.2);
    await readUntil(page, () => false);
    const back = await snapshot(page);
    expect(back.path).toEqual(expect.arrayContaining(['plaza.into-the-rain', 'plaza.constant-building']));
    await expect.poll(async () => (await snapshot(page)).xr.panel.buttons.map((b) => b.label)).toContain('Open the door');
    // The door is nearer than the panel's reading distance: the panel comes in front of it, not
    // inside the building. (The origin is not turned: tracking-space z runs along world z.)
    const panel = await settledPanel(page);
    expect(panel.position![2]).toBeGreaterThan(DOOR_FRONT_Z - back.player.position[2] + 0.25);

    // The ray on the door itself (above the panel), and the trigger: the knob turns.
    await aim(page, 'right', REST.right, [0.45 - back.player.position[0], 2.2, DOOR_FRONT_Z - back.player.position[2]]);
    await click(page, 'right');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('plaza.door');
    await readUntil(page, (s) => s.scene === 'corridor');
    await arriveAt(page, 'corridor', 'corridor.arrival');
  });

  test('reach Smith and make the pill choice with the controller', async ({ page }) => {
    await enterVrAt(page, 'scene=corridor');
    // The arrival, read on with the trigger on the panel.
    const arrived = await snapshot(page);
    expect(arrived.beat).toBe('corridor.arrival');
    await expect.poll(async () => (await snapshot(page)).xr.panel.text).toBe(arrived.line!.text);
    await readUntil(page, () => false);
    expect((await snapshot(page)).beat).toBeNull();

    // Down the hallway with the left stick until Smith speaks.
    await walkUntil(page, "window.salvage.state().beat === 'corridor.greeting'");
    const greeted = await snapshot(page);
    expect(greeted.line).toEqual({ speaker: 'smith', text: "Well, well, if it isn't Mr. Anderson." });
    expect(greeted.inventory.sort()).toEqual(['blue-pill', 'red-pill']);

    // Through the conversation to the pills; the choices are buttons on the panel.
    expect(await readToChoice(page)).toEqual(['Hold out the red pill', 'Hold out the blue pill']);
    expect((await snapshot(page)).beat).toBe('corridor.offer');
    expect((await snapshot(page)).xr.panel.buttons.map((b) => b.label)).toEqual(expect.arrayContaining(['Hold out the red pill', 'Hold out the blue pill']));
    await press(page, 'Hold out the red pill');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.red');
    expect((await snapshot(page)).path).toContain('corridor.offer');
  });

  test('holding a pill out toward Smith chooses it: red first, then the blue one pressed on him', async ({ page }) => {
    await enterVrAt(page, 'beat=corridor.offer');
    // Closer to Smith, still short of where he stands.
    await walkUntil(page, 'window.salvage.state().player.position[2] < -3.5');
    await readToChoice(page);
    await expect.poll(async () => (await snapshot(page)).xr.holdOut.toward).not.toBeNull();
    const toward = (await snapshot(page)).xr.holdOut.toward!;

    // Hands at rest, or half raised, choose nothing, each held there for twice the hold that
    // would choose (counted in the session's frames and the time they span).
    await sessionFrames(page, 5, 2 * HOLD_SECONDS);
    expect((await snapshot(page)).beat).toBe('corridor.offer');
    await moveHand(page, 'left', reachToward(toward, 0.3));
    await sessionFrames(page, 5, 2 * HOLD_SECONDS);
    expect((await snapshot(page)).beat).toBe('corridor.offer');

    // The left hand (the red pill) stretched out toward him, and held there.
    await moveHand(page, 'left', reachToward(toward, 0.65));
    await expect.poll(async () => (await snapshot(page)).beat, { timeout: 20_000 }).toBe('corridor.red');
    await moveHand(page, 'left', REST.left);

    // On to his question: there, the blue pill held out is pressed on him.
    await readToChoice(page);
    expect((await snapshot(page)).beat).toBe('corridor.question');
    await walkUntil(page, 'window.salvage.state().player.position[2] < -4.2');
    await expect.poll(async () => (await snapshot(page)).xr.holdOut.toward).not.toBeNull();
    const smith = (await snapshot(page)).xr.holdOut.toward!;
    // The red one is no answer to him now.
    await moveHand(page, 'left', reachToward(smith, 0.65));
    await sessionFrames(page, 5, 2 * HOLD_SECONDS);
    expect((await snapshot(page)).beat).toBe('corridor.question');
    await moveHand(page, 'left', REST.left);
    await moveHand(page, 'right', reachToward(smith, 0.65));
    await expect.poll(async () => (await snapshot(page)).beat, { timeout: 20_000 }).toBe('corridor.forgotten');
    await moveHand(page, 'right', REST.right);
    await readUntil(page, () => false);
    await expect.poll(async () => (await snapshot(page)).ending).toBe('forgotten');

    // The close of the walk, in the headset: its title on the panel, and a new walk from there.
    await expect.poll(async () => (await snapshot(page)).xr.panel.text).toBe('Forgotten');
    await press(page, 'Play again');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('construct.jack-in');
    const again = await snapshot(page);
    expect(again).toMatchObject({ ending: null, mode: 'xr', scene: 'construct', xr: { presenting: true } });
  });

  test('from the corridor to the found ending with the controllers alone', async ({ page }) => {
    test.setTimeout(600_000);
    await enterVrAt(page, 'beat=corridor.question');
    expect(await readToChoice(page)).toContain('Open your hand and let him choose');
    await press(page, 'Open your hand and let him choose');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('corridor.exchange');
    await readUntil(page, (s) => s.scene === 'interlude');

    // The rescue ship: read, walk to the boy, say please.
    await arriveAt(page, 'interlude', 'interlude.control-room');
    await readUntil(page, () => false);
    await walkUntil(page, "window.salvage.state().beat === 'interlude.michael'");
    expect(await readToChoice(page)).toEqual(['Say "please"', 'Say nothing']);
    await press(page, 'Say "please"');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('interlude.chip');
    await readUntil(page, (s) => s.scene === 'beach');

    // The white construct: the deed is on the panel, and the room itself takes a ray.
    await arriveAt(page, 'beach', 'beach.white');
    await readUntil(page, () => false);
    await expect.poll(async () => (await snapshot(page)).xr.panel.buttons.map((b) => b.label)).toContain('Will the white away');
    // Pointing up and ahead at the white, away from the panel, and pulling the trigger.
    await aim(page, 'right', REST.right, [0.6, 3, -6]);
    await click(page, 'right');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.shore');
    await readUntil(page, () => false);

    // Down to the shore, until fingers touch his arm: felt in the right hand, said on the panel.
    // The view is not turned for the player: Smith stands behind, and the head turns to him.
    await page.evaluate(() => {
      const actuator = window.salvageXrDevice!.controllers.right!.inputSource.gamepad!.hapticActuators[0]!;
      const pulse = actuator.pulse.bind(actuator);
      const w = window as unknown as { pulses: number[][] };
      w.pulses = [];
      actuator.pulse = (value, ms) => (w.pulses.push([value, ms]), pulse(value, ms));
    });
    await walkUntil(page, "window.salvage.state().beat === 'beach.touch'");
    await expect.poll(async () => (await snapshot(page)).xr.panel.notice).toBe('Someone touches your arm. Turn around.');
    expect(await page.evaluate(() => (window as unknown as { pulses: number[][] }).pulses.length)).toBe(1);
    expect(await readToChoice(page)).toContain('Take off his sunglasses');
    await expect.poll(async () => Object.keys((await snapshot(page)).xr.choiceTargets)).toContain('sunglasses');
    const glasses = (await snapshot(page)).xr.choiceTargets.sunglasses!;
    expect(glasses[2]).toBeGreaterThan(0); // behind the head
    await page.evaluate((q) => window.salvageXrDevice!.quaternion.set(...q), lookRotation(HEAD, glasses));
    await press(page, 'Take off his sunglasses');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('beach.whisper');
    expect((await snapshot(page)).xr.panel.notice).toBeNull();
    await readUntil(page, () => false);
    await expect.poll(async () => (await snapshot(page)).ending).toBe('found');
    expect((await snapshot(page)).path).toEqual(
      expect.arrayContaining(['corridor.exchange', 'interlude.michael', 'interlude.chip', 'beach.shore', 'beach.touch', 'beach.whisper']),
    );

    // The ending on the panel; Leave VR shows the page's whole ending screen, the path taken included.
    await expect.poll(async () => (await snapshot(page)).xr.panel.text).toBe('Found');
    await press(page, 'Leave VR');
    await page.waitForFunction(() => window.salvage!.state().mode === 'explore', null, { timeout: 20_000, polling: 50 });
    await expect(page.getByRole('dialog', { name: 'Found' })).toBeVisible();
  });
});
