import type { SalvageStore } from '../store/create-store';
import { LANGUAGE_NAMES, type Language } from './languages';
import { onShownLanguage, showLanguage, shownLanguage } from './ui-text';

/**
 * Keeps the interface in the store's language: fetches a chosen language's strings and shows
 * them once here, and keeps `<html lang>` on the language the page really shows (so a screen
 * reader never reads English words with a French voice while the strings are on their way).
 * Returns the unsubscribe function.
 */
export function followLanguage(store: SalvageStore, root: HTMLElement = document.documentElement): () => void {
  const show = (language: Language) =>
    showLanguage(language).catch(() =>
      store.getState().pushNotice({
        id: 'language-unavailable',
        messages: [{ key: 'notice.languageUnavailable', params: { language: LANGUAGE_NAMES[language], shown: LANGUAGE_NAMES[shownLanguage()] } }],
        tone: 'warning',
      }),
    );
  root.lang = shownLanguage();
  const stopShown = onShownLanguage((language) => (root.lang = language));
  void show(store.getState().settings.language);
  const stopStore = store.subscribe((s, prev) => {
    if (s.settings.language !== prev.settings.language) void show(s.settings.language);
  });
  return () => {
    stopShown();
    stopStore();
  };
}
