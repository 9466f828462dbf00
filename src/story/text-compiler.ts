import type { Language } from '../i18n/languages';
import { DIRECTION_KEYS } from '../systems/directions';
import { SURROUNDINGS_KEYS } from '../systems/surroundings';
import { MAX_LINE_SECONDS, readingSeconds } from '../systems/tour-director';
import { beatKey } from './resolve';
import { TEXT_VERSION_KEYS } from './text-version';
import { ENDING_IDS, ITEM_IDS, type Speaker, type StoryShape } from './types';

/*
 * The text compiler: checks the story's words (assets/story/<lang>/*.json) against its structure
 * (script/*.ts), for every language, at build time (story-text-plugin.ts) and in the unit tests.
 * English is the source: the keys only it defines (sound captions, cast names) are required of
 * every other language too.
 */

export interface TextProblem {
  /** `assets/story/de/corridor.json` */
  file: string;
  /** `beats.offer.2.text` */
  key: string;
  message: string;
}

/** A language's files as parsed JSON, by file name (`corridor.json`). */
export type LanguageFiles = Record<string, unknown>;

/** What a key holds, for the limits that apply to it. */
type Kind = 'subtitle' | 'choice' | 'prose' | 'template' | 'name';

interface Need {
  kind: Kind;
  /** A line's speaker, checked against the `speaker` written beside it. */
  speaker?: Speaker;
}

/** Per language: how long a subtitle may be (two rows of the subtitle box) and a choice's label. */
export const TEXT_LIMITS: Record<Language, { subtitleChars: number; choiceChars: number }> = {
  en: { subtitleChars: 110, choiceChars: 44 },
  fr: { subtitleChars: 130, choiceChars: 52 },
  de: { subtitleChars: 130, choiceChars: 52 },
  es: { subtitleChars: 125, choiceChars: 50 },
};

const SPEAKERS: readonly Exclude<Speaker, 'narrator'>[] = ['neo', 'smith', 'link', 'guard', 'michael', 'sparks'];

export const storyFile = (language: string, file: string) => `assets/story/${language}/${file}`;

/** Every key the structure needs, by file. English's own keys decide the open lists (sounds, cast). */
export function requiredKeys(shape: StoryShape, english: LanguageFiles): Map<string, Map<string, Need>> {
  const files = new Map<string, Map<string, Need>>();
  for (const scene of shape.scenes) {
    const keys = new Map<string, Need>([
      ['title', { kind: 'name' }],
      ['description', { kind: 'prose' }],
    ]);
    for (let i = 1; i <= scene.narration; i += 1) keys.set(`narration.${i}`, { kind: 'subtitle' });
    for (const key of scene.landmarks) keys.set(`landmarks.${key}`, { kind: 'name' });
    for (const beat of scene.beats) {
      const at = `beats.${beatKey(beat.id)}`;
      beat.lines.forEach((line, i) => {
        keys.set(`${at}.${i + 1}.text`, { kind: 'subtitle', speaker: line.speaker });
        if (line.described) keys.set(`${at}.${i + 1}.describe`, { kind: 'prose' });
      });
      for (const choice of beat.choices ?? []) keys.set(`${at}.choices.${choice.id}`, { kind: 'choice' });
    }
    files.set(`${scene.scene}.json`, keys);
  }
  const pairs = (ids: readonly string[], name: string, prose: string) =>
    new Map<string, Need>(
      ids.flatMap((id) => [
        [`${id}.${name}`, { kind: 'name' }],
        [`${id}.${prose}`, { kind: 'prose' }],
      ]),
    );
  files.set('endings.json', pairs(ENDING_IDS, 'title', 'closing'));
  files.set('items.json', pairs(ITEM_IDS, 'label', 'description'));
  const common = new Map<string, Need>();
  for (const key of SPEAKERS) common.set(`speakers.${key}`, { kind: 'name' });
  for (const key of TEXT_VERSION_KEYS) common.set(`text-version.${key}`, { kind: 'template' });
  files.set('common.json', common);
  const around = new Map<string, Need>();
  const open = (group: string) => Object.keys(((english['around.json'] as Record<string, unknown> | undefined)?.[group] ?? {}) as object);
  for (const key of open('cast')) around.set(`cast.${key}`, { kind: 'name' });
  for (const key of DIRECTION_KEYS) around.set(`directions.${key}`, { kind: 'template' });
  for (const key of SURROUNDINGS_KEYS) around.set(`surroundings.${key}`, { kind: 'template' });
  for (const key of open('sounds')) around.set(`sounds.${key}`, { kind: 'name' });
  files.set('around.json', around);
  return files;
}

/** Checks each language's files; no problems means the build may go on. */
export function checkStoryText(shape: StoryShape, languages: Partial<Record<Language, LanguageFiles>>): TextProblem[] {
  const english = languages.en ?? {};
  const required = requiredKeys(shape, english);
  const problems: TextProblem[] = [];
  for (const [language, files] of Object.entries(languages) as [Language, LanguageFiles][]) {
    for (const name of Object.keys(files)) {
      if (!required.has(name)) problems.push({ file: storyFile(language, name), key: '', message: 'a file the story has no use for' });
    }
    for (const [name, needs] of required) {
      const file = storyFile(language, name);
      if (!(name in files)) {
        problems.push({ file, key: '', message: 'missing file' });
        continue;
      }
      if (files[name] instanceof Error) {
        problems.push({ file, key: '', message: files[name].message });
        continue;
      }
      const found = leaves(files[name]);
      const englishFound = leaves(english[name]);
      for (const [key, need] of needs) {
        const text = found.get(key);
        if (text === undefined) problems.push({ file, key, message: 'missing' });
        else problems.push(...checkText(language, file, key, text, need, englishFound.get(key)));
        if (need.speaker) {
          const speakerKey = key.replace(/\.text$/, '.speaker');
          if (found.get(speakerKey) !== need.speaker) problems.push({ file, key: speakerKey, message: `should be "${need.speaker}", as the script says` });
        }
      }
      for (const key of found.keys()) {
        if (!needs.has(key) && !(key.endsWith('.speaker') && needs.has(key.replace(/\.speaker$/, '.text')))) {
          problems.push({ file, key, message: 'orphan: the structure has no such key' });
        }
      }
    }
  }
  return problems;
}

function checkText(language: Language, file: string, key: string, text: unknown, need: Need, english: unknown): TextProblem[] {
  const problem = (message: string) => [{ file, key, message }];
  if (typeof text !== 'string') return problem('should be text');
  if (!text.trim()) return problem('empty');
  const limits = TEXT_LIMITS[language];
  if (need.kind === 'subtitle' && text.length > limits.subtitleChars) return problem(`${text.length} characters: a subtitle in ${language} holds at most ${limits.subtitleChars}`);
  if (need.kind === 'subtitle' && readingSeconds(text, language) > MAX_LINE_SECONDS) {
    return problem(`takes ${readingSeconds(text, language).toFixed(1)} s to read in ${language}: at most ${MAX_LINE_SECONDS} s`);
  }
  if (need.kind === 'choice' && text.length > limits.choiceChars) return problem(`${text.length} characters: a choice in ${language} holds at most ${limits.choiceChars}`);
  if (need.kind === 'template' && typeof english === 'string' && placeholders(text) !== placeholders(english)) {
    return problem(`placeholders ${placeholders(text) || 'none'}, where English has ${placeholders(english) || 'none'}`);
  }
  return [];
}

const placeholders = (text: string) => [...new Set(text.match(/\{[a-z-]+\}/g) ?? [])].sort().join(' ');

/** Every string or other scalar in a parsed file, by dotted path (`beats.offer.2.text`). */
export function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  } else if (path) out.set(path, value);
  return out;
}

/** The problems as the build prints them, one a line: `assets/story/de/corridor.json: beats.offer.2.text: missing`. */
export function formatProblems(problems: readonly TextProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.key ? `${p.key}: ` : ''}${p.message}`).join('\n');
}
