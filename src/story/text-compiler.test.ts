import { describe, expect, it } from 'vitest';
import { STORY_LANGUAGES } from '../i18n/story-languages';
import { readStoryFiles } from './story-files';
import { storyShape } from './script/shape';
import { checkStoryText, formatProblems, TEXT_LIMITS, type LanguageFiles } from './text-compiler';
import type { StoryShape } from './types';

const ROOT = new URL('../..', import.meta.url).pathname;
const REAL = readStoryFiles(ROOT, STORY_LANGUAGES);

/** A one-scene story, and its words in English and French, for the compiler's own tests. */
const SHAPE: StoryShape = {
  firstScene: 'title',
  scenes: [
    {
      scene: 'title',
      narration: 1,
      landmarks: ['door'],
      beats: [
        {
          id: 'title.prologue',
          lines: [{ speaker: 'narrator' }, { speaker: 'neo', described: true }],
          choices: [{ id: 'go', to: { scene: 'construct' }, canonical: true }],
        },
      ],
      triggers: [{ on: { type: 'scene-start' }, beat: 'title.prologue' }],
    },
  ],
};

function words(language: 'en' | 'fr'): LanguageFiles {
  const real = REAL.en!;
  const say =
    language === 'en'
      ? { title: 'Zion', line: 'It begins.', neo: 'Go.', describe: 'He stands.', choice: 'Go on', door: 'the door' }
      : { title: 'Zion', line: 'Cela commence.', neo: 'Va.', describe: 'Il se lève.', choice: 'Continuer', door: 'la porte' };
  return {
    'title.json': {
      title: say.title,
      description: say.describe,
      narration: { '1': say.line },
      landmarks: { door: say.door },
      beats: { prologue: { '1': { speaker: 'narrator', text: say.line }, '2': { speaker: 'neo', text: say.neo, describe: say.describe }, choices: { go: say.choice } } },
    },
    'endings.json': real['endings.json'],
    'items.json': real['items.json'],
    'common.json': real['common.json'],
    'around.json': real['around.json'],
  };
}

/** Parsed JSON, which the tests below edit at any depth. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EditableJson = Record<string, any>;

/** A deep copy of `files` with `edit` applied to one file's parsed JSON. */
function edited(files: LanguageFiles, name: string, edit: (json: EditableJson) => void): LanguageFiles {
  const copy = structuredClone(files);
  edit(copy[name] as EditableJson);
  return copy;
}

const check = (fr: LanguageFiles) => checkStoryText(SHAPE, { en: words('en'), fr });

describe('the text compiler', () => {
  it('passes words that fit the structure', () => {
    expect(check(words('fr'))).toEqual([]);
  });

  it('fails a key missing in one language, naming its file and key', () => {
    const problems = check(edited(words('fr'), 'title.json', (json) => delete json.beats.prologue['2'].describe));
    expect(problems).toEqual([{ file: 'assets/story/fr/title.json', key: 'beats.prologue.2.describe', message: 'missing' }]);
    expect(formatProblems(problems)).toBe('assets/story/fr/title.json: beats.prologue.2.describe: missing');
  });

  it('fails a missing choice label, and a missing file', () => {
    const noChoice = check(edited(words('fr'), 'title.json', (json) => delete json.beats.prologue.choices.go));
    expect(noChoice).toEqual([{ file: 'assets/story/fr/title.json', key: 'beats.prologue.choices.go', message: 'missing' }]);
    const fr = words('fr');
    delete fr['items.json'];
    expect(check(fr)).toEqual([{ file: 'assets/story/fr/items.json', key: '', message: 'missing file' }]);
  });

  it('fails an orphan key, one the structure does not have, naming its file and key', () => {
    const problems = check(edited(words('fr'), 'title.json', (json) => (json.beats.prologue['3'] = { speaker: 'neo', text: 'Encore.' })));
    expect(problems.map((p) => `${p.file}: ${p.key}`)).toEqual(['assets/story/fr/title.json: beats.prologue.3.speaker', 'assets/story/fr/title.json: beats.prologue.3.text']);
    expect(problems[0]!.message).toMatch(/orphan/);
    const strayBeat = check(edited(words('fr'), 'title.json', (json) => (json.beats.epilogue = { choices: { stay: 'Rester' } })));
    expect(strayBeat).toEqual([{ file: 'assets/story/fr/title.json', key: 'beats.epilogue.choices.stay', message: 'orphan: the structure has no such key' }]);
    const strayFile = check({ ...words('fr'), 'notes.json': {} });
    expect(strayFile).toEqual([{ file: 'assets/story/fr/notes.json', key: '', message: 'a file the story has no use for' }]);
  });

  it('fails empty text', () => {
    const problems = check(edited(words('fr'), 'title.json', (json) => (json.narration['1'] = '  ')));
    expect(problems).toEqual([{ file: 'assets/story/fr/title.json', key: 'narration.1', message: 'empty' }]);
  });

  it('fails a speaker written beside a line that the script does not give it', () => {
    const problems = check(edited(words('fr'), 'title.json', (json) => (json.beats.prologue['2'].speaker = 'smith')));
    expect(problems).toEqual([{ file: 'assets/story/fr/title.json', key: 'beats.prologue.2.speaker', message: 'should be "neo", as the script says' }]);
  });

  it('holds each language to its own subtitle length, and choices to theirs', () => {
    const withLine = (language: 'en' | 'fr', length: number) =>
      checkStoryText(SHAPE, { en: words('en'), [language]: edited(words(language), 'title.json', (json) => (json.beats.prologue['1'].text = 'a'.repeat(length))) });
    expect(withLine('en', TEXT_LIMITS.en.subtitleChars)).toEqual([]);
    expect(withLine('en', TEXT_LIMITS.en.subtitleChars + 1)[0]).toMatchObject({ file: 'assets/story/en/title.json', key: 'beats.prologue.1.text' });
    // French reads longer: a French line may be longer than an English one.
    expect(TEXT_LIMITS.fr.subtitleChars).toBeGreaterThan(TEXT_LIMITS.en.subtitleChars);
    expect(withLine('fr', TEXT_LIMITS.en.subtitleChars + 1)).toEqual([]);
    const longChoice = check(edited(words('fr'), 'title.json', (json) => (json.beats.prologue.choices.go = 'b'.repeat(TEXT_LIMITS.fr.choiceChars + 1))));
    expect(longChoice).toEqual([{ file: 'assets/story/fr/title.json', key: 'beats.prologue.choices.go', message: expect.stringMatching(/choice in fr holds at most/) }]);
  });

  it("holds subtitles to the tour's reading time at the language's pace", () => {
    const slow = { ...TEXT_LIMITS.fr };
    try {
      // With the length limit out of the way, what is left is the reading speed.
      TEXT_LIMITS.fr.subtitleChars = 1000;
      const problems = check(edited(words('fr'), 'title.json', (json) => (json.narration['1'] = 'c'.repeat(200))));
      expect(problems).toEqual([{ file: 'assets/story/fr/title.json', key: 'narration.1', message: expect.stringMatching(/to read in fr: at most 10 s/) }]);
    } finally {
      Object.assign(TEXT_LIMITS.fr, slow);
    }
  });

  it('keeps the placeholders of templates', () => {
    const problems = check(edited(words('fr'), 'around.json', (json) => (json.directions.far = 'loin')));
    expect(problems).toEqual([{ file: 'assets/story/fr/around.json', key: 'directions.far', message: 'placeholders none, where English has {direction}' }]);
  });

  it('reports a file that is not JSON', () => {
    const fr = { ...words('fr'), 'items.json': new SyntaxError('not valid JSON: Unexpected token') };
    expect(check(fr)).toEqual([{ file: 'assets/story/fr/items.json', key: '', message: 'not valid JSON: Unexpected token' }]);
  });
});

describe("the story's words in assets/story", () => {
  it('fit the structure in every language the story is written in', () => {
    expect(formatProblems(checkStoryText(storyShape, REAL))).toBe('');
    expect(Object.keys(REAL)).toEqual([...STORY_LANGUAGES]);
  });
});
