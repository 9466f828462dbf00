/**
 * The languages Salvage is written in. The story's words and the interface's live in `assets/`
 * per language; this module only names the languages and reads a preference for one.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};

/** `fr`, `FR`, `fr-CA` -> 'fr'; anything else -> null. */
export function parseLanguage(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** The first of the browser's preferred languages Salvage has, else English. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const language = parseLanguage(preference);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}
