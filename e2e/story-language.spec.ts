import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, holdKeyUntil, JOURNEY, snapshot, test, waitUntilReady } from './support/fixtures';

/** The corridor's words in a language, as the story's assets hold them. */
interface Lines {
  beats: Record<string, Record<string, { speaker: string; text: string } | Record<string, string>> & { choices?: Record<string, string> }>;
}
const words = (language: string): Lines => JSON.parse(readFileSync(new URL(`../assets/story/${language}/corridor.json`, import.meta.url), 'utf8'));
const EN = words('en');
const DE = words('de');

/** The German of the line the story is at (the automation API reports the English, by which it is found). */
function germanOf(beat: string, english: { speaker: string; text: string }): string {
  const key = beat.slice(beat.indexOf('.') + 1);
  const number = Object.entries(EN.beats[key]!).find(([n, l]) => n !== 'choices' && (l as { text: string }).text === english.text)?.[0];
  expect(number, `${beat}: "${english.text}"`).toBeDefined();
  const line = DE.beats[key]![number!] as { speaker: string; text: string };
  expect(line.speaker).toBe(english.speaker);
  return line.text;
}

/** Reads on with Space until the choices come, checking that each subtitle is shown in German. */
async function readInGerman(page: Page, until: (s: Awaited<ReturnType<typeof snapshot>>) => boolean, maxLines = 60): Promise<void> {
  const subtitle = page.locator('.subtitle-live .line-text');
  for (let i = 0; i < maxLines; i += 1) {
    const state = await snapshot(page);
    if (until(state)) return;
    if (!state.line) throw new Error(`No line at ${state.beat}`);
    await expect(subtitle).toHaveText(germanOf(state.beat!, state.line));
    // A press while a cue is being staged can go unheard: press again, as a person would.
    const before = JSON.stringify([state.beat, state.line]);
    await expect(async () => {
      await page.keyboard.press('Space');
      await page.waitForFunction((was) => JSON.stringify([window.salvage!.state().beat, window.salvage!.state().line]) !== was, before, { polling: 50, timeout: 4_000 });
    }).toPass({ timeout: 60_000 });
  }
  throw new Error('The story did not get there');
}

test.describe('the story in German', () => {
  // About thirty lines on a CPU renderer, each a few frames, plus the walk to Smith.
  test.describe.configure({ timeout: 480_000 });
  test.use(JOURNEY);

  test('?lang=de plays the corridor in German up to the pills', async ({ page }) => {
    await page.goto('/?scene=corridor&lang=de');
    await waitUntilReady(page);
    expect((await snapshot(page)).settings.language).toBe('de');
    // The arrival, line by line, then the walk to Smith.
    await readInGerman(page, (s) => s.line === null);
    await holdKeyUntil(page, 'KeyW', "window.salvage.state().beat === 'corridor.greeting'");
    await expect(page.locator('.subtitle-live[role="status"]')).toContainText('Sieh an, sieh an, wenn das nicht Mr. Anderson ist.');
    await expect(page.locator('.subtitle-live .speaker')).toHaveText('Agent Smith');
    await readInGerman(page, (s) => s.choices.length > 0);
    expect((await snapshot(page)).beat).toBe('corridor.offer');
    // The last line stays up with the choices, and the choices are German.
    await expect(page.locator('.subtitle-live .line-text')).toHaveText('Zwei Pillen. Welche hält er zuerst hin?');
    const choices = page.locator('.choices button.choice');
    await expect(choices).toHaveCount(2);
    await expect(choices.nth(0)).toContainText('Die rote Pille hinhalten');
    await expect(choices.nth(1)).toContainText('Die blaue Pille hinhalten');
    await expect(page.locator('[data-item="red-pill"]')).toHaveText('Rote Pille');
  });
});
