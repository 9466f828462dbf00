import { expect, JOURNEY, test } from './support/fixtures';

// Journeys: what they check does not depend on the pixels drawn.
test.use(JOURNEY);

test('the whole tour plays by itself from the title to the found ending, every scene and key beat in order', async ({ page }) => {
  test.setTimeout(900_000);
  await page.goto('/?speed=20');
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await page.waitForFunction(() => window.salvage?.state().mode === 'tour');
  await page.waitForFunction(() => window.salvage!.state().ending !== null, null, { timeout: 880_000, polling: 250 });
  expect((await page.evaluate(() => window.salvage!.state())).ending).toBe('found');
  // The story's own record of every beat started, in order; scenes follow from the beat ids.
  const path = (await page.evaluate(() => window.salvage!.state().path)).map((beat) => `beat:${beat}`);
  const log = path.flatMap((entry, i) => {
    const scene = `scene:${entry.slice(5, entry.indexOf('.'))}`;
    const previous = path[i - 1];
    return previous && previous.startsWith(`beat:${scene.slice(6)}.`) ? [entry] : [scene, entry];
  });
  const order = (entry: string) => log.indexOf(entry);
  const keys = [
    'scene:construct',
    'beat:construct.threshold',
    'scene:plaza',
    'beat:plaza.door',
    'scene:corridor',
    'beat:corridor.greeting',
    'beat:corridor.red',
    'beat:corridor.blue',
    'beat:corridor.exchange',
    'scene:interlude',
    'beat:interlude.michael',
    'scene:beach',
    'beat:beach.shore',
    'beat:beach.touch',
    'beat:beach.whisper',
  ];
  for (const key of keys) expect(order(key), `${key} visited`).toBeGreaterThanOrEqual(0);
  const positions = keys.map(order);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'found');
});
