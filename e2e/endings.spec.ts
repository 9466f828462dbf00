import { seriousViolations } from './support/axe';
import { readToChoice } from './support/corridor-walk';
import { expect, JOURNEY, readToEnd, snapshot, test, waitUntilReady } from './support/fixtures';

const ENDINGS = [
  { id: 'found', from: 'beach.whisper', title: 'Found', closing: 'the sea keeps its continual motion' },
  { id: 'forgotten', from: 'corridor.forgotten', title: 'Forgotten', closing: 'He always will.' },
  { id: 'walked-away', from: 'corridor.walk-away', title: 'Walked away', closing: "He won't find him now." },
] as const;

test.describe('endings', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use(JOURNEY);

  for (const ending of ENDINGS) {
    test(`${ending.id}: its screen closes the walk in the story's voice, passes axe, and Play again starts anew`, async ({ page }) => {
      await page.goto(`/?beat=${ending.from}`);
      await waitUntilReady(page);
      await readToEnd(page);
      const screen = page.getByRole('dialog');
      await expect(screen).toHaveAttribute('data-ending', ending.id);
      await expect(screen.getByRole('heading', { name: ending.title })).toBeVisible();
      await expect(screen).toContainText(ending.closing);
      await expect(screen.getByRole('heading', { name: 'Your walk' })).toBeVisible();
      await expect(screen.getByRole('button', { name: 'Return to title' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // Play again has the focus: Enter takes it.
      await expect(screen.getByRole('button', { name: 'Play again' })).toBeFocused();
      await page.keyboard.press('Enter');
      await waitUntilReady(page);
      expect(await snapshot(page)).toMatchObject({ scene: 'construct', ending: null, inventory: [] });
    });
  }

  test('after an ending, the title offers a new walk, not Continue', async ({ page }) => {
    await page.goto('/?beat=beach.whisper');
    await waitUntilReady(page);
    await readToEnd(page);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-ending', 'found');
    await page.getByRole('button', { name: 'Return to title' }).click();
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /Continue/ })).toHaveCount(0);
    // Reloading the page (without the deep link) keeps that: the finished walk is not resumed.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /Continue/ })).toHaveCount(0);
  });
});

test.describe('resuming', () => {
  test.describe.configure({ timeout: 120_000 });

  test('reloading mid-interlude, Continue resumes on the rescue ship at the last beat, the chip kept', async ({ page }) => {
    await page.goto('/?beat=interlude.michael');
    await waitUntilReady(page);
    await readToChoice(page);
    await page.keyboard.press('Digit1');
    await expect.poll(async () => (await snapshot(page)).beat).toBe('interlude.chip');
    await page.keyboard.press('Space');
    const before = await snapshot(page);
    expect(before.inventory).toContain('chip');

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Salvage' })).toBeVisible();
    const resume = page.getByRole('button', { name: 'Continue: The rescue ship, then Zion at night' });
    await expect(resume).toBeVisible();
    await resume.click();
    await waitUntilReady(page);
    const after = await snapshot(page);
    expect(after.scene).toBe('interlude');
    expect(after.beat).toBe('interlude.chip');
    expect(after.line).toEqual(before.line);
    expect(after.inventory.sort()).toEqual(before.inventory.sort());
    await expect(page.locator('[data-item="chip"]')).toBeVisible();
  });
});
