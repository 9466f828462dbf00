import type { Page } from '@playwright/test';
import { storyIndex } from '../../src/story/story-index';
import type { BeatId } from '../../src/story/types';
import { snapshot, type Snapshot } from './fixtures';

/** An impatient person's pace with the keys: a press every half second or so, on top of the page's own delay. */
const PRESS_EVERY_MS = 500;

/** The number key of the story's own choice in the beat on screen (1 for the first). */
export function canonicalKey(state: Snapshot): string {
  const beat = storyIndex.beat(state.beat as BeatId);
  const canonical = beat?.choices?.find((c) => c.canonical)?.id;
  const at = state.choices.findIndex((c) => c.id === canonical);
  return `Digit${Math.max(0, at) + 1}`;
}

/**
 * One press of an impatient player who never stops walking: the story's choice when choices are
 * up, E when a deed is offered (it reads on while a line must be read first), else Space.
 * Returns what was pressed.
 */
export async function impatientPress(page: Page, state: Snapshot): Promise<string | null> {
  const key = state.choices.length ? canonicalKey(state) : state.prompt ? 'KeyE' : state.line ? 'Space' : null;
  if (key) await page.keyboard.press(key);
  return key;
}

/**
 * Plays on as an impatient person: W held down all the while, a key every second or less (see
 * `impatientPress`), until `done` holds of the state. The pace is a person's, not a wait for a
 * state: the walk must get through whatever the frame rate.
 */
export async function playImpatiently(page: Page, done: (s: Snapshot) => boolean, limitPresses = 400): Promise<Snapshot> {
  await page.keyboard.down('KeyW');
  try {
    for (let i = 0; i < limitPresses; i += 1) {
      const state = await snapshot(page);
      if (done(state)) return state;
      if (state.ready) await impatientPress(page, state);
      await page.waitForTimeout(PRESS_EVERY_MS);
    }
  } finally {
    await page.keyboard.up('KeyW');
  }
  throw new Error(`Still not done after ${limitPresses} presses: ${JSON.stringify(await snapshot(page))}`);
}
