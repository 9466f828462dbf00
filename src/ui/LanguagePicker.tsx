import { useId } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, parseLanguage } from '../i18n/languages';
import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';

/**
 * The language, as a native select: each language named in itself ("Deutsch", not "German"), so
 * that someone who reads none of the others still finds their own. Each option carries its `lang`
 * for screen readers.
 */
export function LanguagePicker({ className }: { className?: string }) {
  const language = useSalvage((s) => s.settings.language);
  const update = useSalvage((s) => s.updateSettings);
  const t = useUiText();
  const id = useId();
  return (
    <div className={className ? `language-picker ${className}` : 'language-picker'}>
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={language} onChange={(e) => update({ language: parseLanguage(e.target.value) ?? language })}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
