import { corridorConfig } from '../src/scenes/corridor/config';
import { expect, JOURNEY, readToEnd, snapshot, test, waitUntilReady } from './support/fixtures';

// Journeys: what they check does not depend on the pixels drawn.
test.use(JOURNEY);

/**
 * Following the story without seeing or without hearing it: the presets, sound captions with
 * where a sound comes from, descriptions in the live region, and Describe on demand.
 */

test('the presets on the title set what they say, and a second press takes each back', async ({ page }) => {
  await page.goto('/');
  const vision = page.getByRole('button', { name: 'Low vision' });
  await vision.click();
  await expect(vision).toHaveAttribute('aria-pressed', 'true');
  // The settings as the store holds them (the automation API comes with the 3D half, loaded behind the title).
  const settings = async () => (await snapshot(page)).settings;
  expect(await settings()).toMatchObject({ subtitleSize: 'large', highContrast: true, showDescriptions: true, speakDescriptions: true });

  await page.getByRole('button', { name: 'Photosensitivity' }).click();
  await page.getByRole('button', { name: 'Motion sensitivity' }).click();
  expect(await settings()).toMatchObject({ reduceFlashing: true, reduceMotion: true, xrTurn: 'snap', comfortVignette: true });

  // In Settings each stays editable on its own: unticking one thing turns the preset off.
  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Settings' });
  await expect(panel.getByLabel('High contrast')).toBeChecked();
  await expect(panel.getByLabel('Subtitle size')).toHaveValue('large');
  await panel.getByLabel('Speak descriptions').uncheck();
  await expect(panel.getByRole('button', { name: 'Low vision' })).toHaveAttribute('aria-pressed', 'false');
  expect(await settings()).toMatchObject({ speakDescriptions: false, highContrast: true });

  await panel.getByRole('button', { name: 'Photosensitivity' }).click();
  expect((await settings()).reduceFlashing).toBe(false);
});

test('with the hearing preset, the corridor captions a sound with where it comes from', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Hard of hearing' }).click();
  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  const caption = page.locator('.sound-caption-live[role="status"] .sound-caption');
  await expect(caption).toHaveText(/^\[.+, (far )?(ahead|behind|left|right|ahead left|ahead right|behind left|behind right)\]$/, { timeout: 20_000 });
  expect(await page.locator('.sound-caption').count()).toBe(1);
});

test("the corridor's description is in the live region on arrival, without any setting", async ({ page }) => {
  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  const live = page.locator('.description-live[role="status"][aria-live="polite"]');
  await expect(live).toContainText('A long, narrow hallway lit a dim fluorescent green');
  // Not shown on screen unless asked for: it is there for screen readers.
  await expect(page.locator('.description')).toHaveCount(0);
});

test('Q and the Describe button say what is around and in which direction', async ({ page }) => {
  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  const live = page.locator('.description-live');
  await expect(live).toContainText('hallway');
  await page.keyboard.press('KeyQ');
  await expect(live).toContainText(/The hallway of doors\. .*Agent Smith: (straight ahead|ahead)/);
  // Turn round (held arrow key, until the view has turned), and Smith is behind.
  await page.keyboard.down('ArrowLeft');
  await page.waitForFunction(() => Math.cos(window.salvage!.state().player.yaw) < -0.8, null, { polling: 50 });
  await page.keyboard.up('ArrowLeft');
  await page.getByRole('button', { name: 'Describe' }).click();
  await expect(live).toContainText(/Agent Smith: behind you/);
  expect((await snapshot(page)).mode).toBe('explore');
});

test('with the low-vision preset, once the arrival is told, a beacon pings from where Smith waits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Low vision' }).click();
  await expect(page.getByRole('button', { name: 'Low vision' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/?scene=corridor');
  await waitUntilReady(page);
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => window.salvage!.sound().running, null, { timeout: 10_000 });
  await readToEnd(page);
  const beacon = await page.waitForFunction(() => window.salvage!.sound().sources.find((s) => s.name === 'beacon'), null, { timeout: 20_000, polling: 50 });
  const { position } = (await beacon.jsonValue())!;
  const smithZone = corridorConfig.zones.find((z) => z.id === 'corridor.smith')!;
  expect(position![0]).toBeCloseTo(smithZone.center[0], 1);
  expect(position![2]).toBeCloseTo(smithZone.center[2], 1);
});
