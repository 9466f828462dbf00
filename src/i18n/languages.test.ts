import { describe, expect, it } from 'vitest';
import { parseLanguage, preferredLanguage } from './languages';

describe('languages', () => {
  it('reads a language from a tag, its region ignored, and refuses one Salvage lacks', () => {
    expect(parseLanguage('fr-CA')).toBe('fr');
    expect(parseLanguage('DE')).toBe('de');
    expect(parseLanguage('es_MX')).toBe('es');
    expect(parseLanguage('xx')).toBeNull();
    expect(parseLanguage(3)).toBeNull();
  });

  it('takes the first preferred language Salvage has, else English', () => {
    expect(preferredLanguage(['ja', 'de-AT', 'fr'])).toBe('de');
    expect(preferredLanguage(['ja'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
