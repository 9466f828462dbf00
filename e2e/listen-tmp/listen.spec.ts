import { test, waitUntilReady } from '../support/fixtures';
import { rmsDb, spectrogram, writeSpectrogramPng } from '../support/audio-analysis';

const PLACES: [string, string, number, string | null][] = [
  ['corridor-forgotten', '/?beat=corridor.forgotten', 8, null],
  ['corridor-spider', '/?scene=corridor', 8, null],
  ['interlude-ship', '/?scene=interlude', 6, null],
  ['interlude-night', '/?beat=interlude.night-shift', 6, null],
  ['plaza-lake', '/?scene=plaza', 8, null],
];

for (const [name, url, seconds] of PLACES) {
  test(`listen ${name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(url);
    await waitUntilReady(page);
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => window.salvage!.sound().running, null, { timeout: 10_000 });
    if (name === 'corridor-forgotten') for (let i = 0; i < 3; i += 1) await page.keyboard.press('Space');
    const rec = (await page.evaluate((s) => window.salvage!.soundRecord(s), seconds))!;
    const sources = await page.evaluate(() => window.salvage!.sound({ all: true }).sources.map((s) => `${s.name}:${(s as { level?: number }).level?.toFixed?.(2) ?? ''}`));
    console.log(name, rmsDb(rec.samples).toFixed(1), 'dBFS', sources.join(' '));
    writeSpectrogramPng(`/tmp/sound-shots/${name}.png`, spectrogram(rec.samples), rec.sampleRate);
  });
}
