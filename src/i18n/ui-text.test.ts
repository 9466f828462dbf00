import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../assets/ui/en.json' with { type: 'json' };
import { LANGUAGES } from './languages';
import { format, loadUiText, showLanguage, shownLanguage, t } from './ui-text';

const read = (language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../assets/ui/${language}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface strings', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, none empty, with the same placeholders', (language) => {
    const table = read(language);
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const text = table[key];
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
      expect(placeholders(text as string), key).toEqual(placeholders(english));
    }
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(format('Stop {stop} of {stops}', { stop: 2, stops: 9 })).toBe('Stop 2 of 9');
    expect(format('Loading {place}…', {})).toBe('Loading {place}…');
    expect(t('hud.loading', { place: 'the plaza' })).toBe('Loading the plaza…');
  });

  it('switches to a language once its strings are here, and back', async () => {
    const french = await loadUiText('fr');
    await showLanguage('fr');
    expect(shownLanguage()).toBe('fr');
    expect(t('title.start')).toBe(french['title.start']);
    await showLanguage('en');
    expect(shownLanguage()).toBe('en');
    expect(t('title.start')).toBe('Start');
  });

  it('the last language asked for wins, whatever order the strings arrive in', async () => {
    const slow = showLanguage('de');
    const quick = showLanguage('es');
    await Promise.all([slow, quick]);
    expect(shownLanguage()).toBe('es');
    await showLanguage('en');
  });
});
