import { useSyncExternalStore } from 'react';
import en from '../../assets/ui/en.json' with { type: 'json' };
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** Every string the interface shows, by key; the English file is the list of keys. */
export type UiKey = keyof typeof en;
export type UiTable = Record<UiKey, string>;
export type UiParams = Record<string, string | number>;

/** English travels with the title; the others arrive as their own chunk when chosen. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: UiTable }>> = {
  fr: () => import('../../assets/ui/fr.json', { with: { type: 'json' } }),
  de: () => import('../../assets/ui/de.json', { with: { type: 'json' } }),
  es: () => import('../../assets/ui/es.json', { with: { type: 'json' } }),
};

const tables: Partial<Record<Language, UiTable>> = { en };
const pending = new Map<Language, Promise<UiTable>>();
let active: { language: Language; table: UiTable } = { language: DEFAULT_LANGUAGE, table: en };
const ENGLISH = active;
const listeners = new Set<() => void>();

/** `{name}` in the text replaced by `params.name`; a missing parameter stays visible as it is. */
export function format(text: string, params?: UiParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The interface's text for `key`, in the language now shown. */
export function t(key: UiKey, params?: UiParams): string {
  return format(active.table[key] ?? en[key], params);
}

/** The language the interface shows now (English until another's strings have arrived). */
export function shownLanguage(): Language {
  return active.language;
}

/** Fetches a language's strings once; resolves with them. */
export function loadUiText(language: Language): Promise<UiTable> {
  const ready = tables[language];
  if (ready) return Promise.resolve(ready);
  if (language === 'en') return Promise.resolve(en);
  let load = pending.get(language);
  if (!load) {
    load = LOADERS[language]().then((module) => (tables[language] = module.default));
    pending.set(language, load);
    // A failed fetch may be retried on the next choice.
    load.catch(() => pending.delete(language));
  }
  return load;
}

/**
 * Shows `language` as soon as its strings are here. The latest request wins: a slow French
 * arriving after a quick switch to German does not take over.
 */
export async function showLanguage(language: Language): Promise<void> {
  wanted = language;
  const table = await loadUiText(language);
  if (wanted !== language || active.language === language) return;
  active = { language, table };
  for (const listener of listeners) listener();
}
let wanted: Language = DEFAULT_LANGUAGE;

/** Calls `listener` with the language each time the shown one changes. Returns the unsubscribe function. */
export function onShownLanguage(listener: (language: Language) => void): () => void {
  return subscribe(() => listener(active.language));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: UiKey, params?: UiParams) => string;

/**
 * The lookup for a React view: re-renders when the shown language changes. While React adopts
 * the prerendered title, it answers in English, as the build wrote it; the switch follows.
 */
export function useUiText(): Translate {
  const { table } = useSyncExternalStore(
    subscribe,
    () => active,
    () => ENGLISH,
  );
  return (key, params) => format(table[key] ?? en[key], params);
}

/** The shown language, for a view (the `lang` attribute, a voice). */
export function useShownLanguage(): Language {
  return useSyncExternalStore(
    subscribe,
    () => active,
    () => ENGLISH,
  ).language;
}

/** Words to show later, in whatever language is shown then. */
export interface UiMessage {
  key: UiKey;
  params?: UiParams;
}
