import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../app/deep-link';
import { selectLine } from '../store/selectors';
import { createSalvageStore } from '../store/create-store';
import { storyIndex } from '../story/story-index';
import { FIXTURE_INDEX } from '../story/test-fixture';
import { LANGUAGES } from './languages';
import { STORY_LANGUAGES } from './story-languages';
import { inLanguage, loadedText, loadStoryLanguage, storyIn, storyOf } from './story-language';

describe('the story in the chosen language', () => {
  it('is written in every language the app offers', () => {
    expect([...STORY_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
  });

  it('shows English until a language has loaded, then that language, with the same structure', async () => {
    expect(storyIn('de').index.beat('corridor.greeting')!.lines[0]!.text).toBe("Well, well, if it isn't Mr. Anderson.");
    const german = await loadStoryLanguage('de');
    const greeting = german.index.beat('corridor.greeting')!;
    expect(greeting.lines[0]).toMatchObject({ speaker: 'smith', text: 'Sieh an, sieh an, wenn das nicht Mr. Anderson ist.' });
    expect(storyIn('de')).toBe(german);
    // Only words differ: beats, speakers, cues and choices' ids and targets are the English ones.
    const strip = (index: typeof storyIndex) =>
      index.script.scenes.map((s) =>
        s.beats.map((b) => ({ ...b, lines: b.lines.map((l) => [l.speaker, l.cue, l.delivery, !!l.describe]), choices: b.choices?.map((c) => [c.id, c.to, c.canonical]) })),
      );
    expect(strip(german.index)).toEqual(strip(storyIndex));
    expect(german.index.script.endings.found.title).toBe('Gefunden');
    expect(german.words.speakers.smith).toBe('Agent Smith');
    expect(loadedText('de')?.around.directions.ahead).toBe('vorn');
  });

  it('switching the language mid-walk changes the words on screen, not the place in the story', async () => {
    await loadStoryLanguage('fr');
    const store = createSalvageStore({ index: storyIndex, storage: () => undefined });
    store.getState().jumpTo(readLaunchOptions('?beat=corridor.offer', storyIndex).story!);
    const before = store.getState().story;
    const lineIn = () => selectLine(storyOf(store.getState()).index)(store.getState());
    const english = lineIn();
    store.getState().updateSettings({ language: 'fr' });
    expect(store.getState().story).toBe(before);
    expect(lineIn()?.speaker).toBe(english?.speaker);
    expect(english?.text).toBe('His movements are jerky and irregular when he reaches into his pockets.');
    expect(lineIn()?.text).toBe('Ses gestes sont saccadés, irréguliers, quand il fouille dans ses poches.');
  });

  it("keeps a test fixture's own words in any language", () => {
    expect(inLanguage(FIXTURE_INDEX, 'fr')).toBe(FIXTURE_INDEX);
    expect(inLanguage(storyIndex, 'en')).toBe(storyIndex);
  });
});
