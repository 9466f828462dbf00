import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useSalvage } from '../store/app-store';
import type { SalvageState } from '../store/types';
import { resolveStory } from '../story/resolve';
import { indexScript, type ScriptIndex } from '../story/script-index';
import { storyShape } from '../story/script/shape';
import { storyIndex } from '../story/story-index';
import type { CommonText, StoryText } from '../story/text-types';
import type { Speaker } from '../story/types';
import type { Language } from './languages';
import { ENGLISH_STORY_TEXT } from './story-en';
import { STORY_LOADERS } from './story-loaders';

/**
 * The story in the player's language. The structure is the same in every language, so the
 * machine and the store keep the English `storyIndex`; views read the words through the index of
 * `settings.language`. English is in the main bundle; another language loads on first use (its
 * own chunk), and until it has, the story shows in English.
 */
export interface StoryInLanguage {
  language: Language;
  index: ScriptIndex;
  words: CommonText;
}

const ENGLISH: StoryInLanguage = { language: 'en', index: storyIndex, words: ENGLISH_STORY_TEXT.common };
const loaded = new Map<Language, StoryInLanguage>([['en', ENGLISH]]);
/** Each loaded language's words, all of them (the words around the player included). */
const texts = new Map<Language, StoryText>();
const loading = new Map<Language, Promise<StoryInLanguage>>();
const listeners = new Set<() => void>();

/** The story in `language` if it has loaded, else in English. Never waits. */
export function storyIn(language: Language): StoryInLanguage {
  return loaded.get(language) ?? ENGLISH;
}

/** All of a language's words once it has loaded; undefined before (and for English). */
export const loadedText = (language: Language): StoryText | undefined => texts.get(language);

/** The index whose words are in `language` (English until that language has loaded). */
export const storyIndexFor = (language: Language): ScriptIndex => storyIn(language).index;

/** The story in the language the settings ask for, for code outside React (systems, subscriptions). */
export const storyOf = (s: SalvageState): StoryInLanguage => storyIn(s.settings.language);

/**
 * `index` with its words in `language`: the app's story in the player's language; any other
 * index (a test's fixture) has only its own words and is kept as it is.
 */
export function inLanguage(index: ScriptIndex, language: Language): ScriptIndex {
  return index === storyIndex ? storyIndexFor(language) : index;
}

/** Loads a language's words once (English and unknown languages resolve at once). */
export function loadStoryLanguage(language: Language): Promise<StoryInLanguage> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  const load = (STORY_LOADERS as Partial<Record<Language, () => Promise<StoryText>>>)[language];
  if (!load) return Promise.resolve(ENGLISH);
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then((text: StoryText) => {
      const story = { language, index: indexScript(resolveStory(storyShape, text)), words: text.common };
      loaded.set(language, story);
      texts.set(language, text);
      for (const listener of listeners) listener();
      return story;
    });
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The story in the settings' language, for a view: re-renders when the language (or its words) arrive. */
export function useStory(): StoryInLanguage {
  const language = useSalvage((s) => s.settings.language);
  useEffect(() => void loadStoryLanguage(language).catch(() => undefined), [language]);
  return useSyncExternalStore(
    subscribe,
    () => storyIn(language),
    () => storyIn(language),
  );
}

/** How each speaker is named on screen in the settings' language; the narrator is not named. */
export function useSpeakerNames(): Record<Speaker, string | null> {
  const { words } = useStory();
  return useMemo(() => ({ narrator: null, ...words.speakers }), [words]);
}

/** The index with the settings' language's words, for a view. */
export const useStoryIndex = (): ScriptIndex => useStory().index;

/**
 * A story selector over the index of the settings' language: `useStorySelector(selectLine)` is the
 * line on screen, in the player's language.
 */
export function useStorySelector<T>(make: (index: ScriptIndex) => (s: SalvageState) => T): T {
  const index = useStoryIndex();
  const selector = useMemo(() => make(index), [make, index]);
  return useSalvage(selector);
}
