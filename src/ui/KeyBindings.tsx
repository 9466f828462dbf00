import { useEffect, useState } from 'react';
import { keyLabel } from '../input/device-labels';
import { DEFAULT_KEY_MAP, isBindableCode, KEY_ACTIONS, rebind, type KeyAction } from '../input/key-map';
import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';

/**
 * The keys, remappable: press "Change", then the new key (Esc cancels). A key taken from an
 * action asked for in the same moment leaves it; the bindings are saved with the settings.
 */
export function KeyBindings() {
  const keys = useSalvage((s) => s.settings.keys);
  const update = useSalvage((s) => s.updateSettings);
  const [listening, setListening] = useState<KeyAction | null>(null);
  const t = useUiText();

  useEffect(() => {
    if (!listening) return;
    const onKey = (event: KeyboardEvent) => {
      // Captured before the input map sees it: this press is the new key, not a command.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.code !== 'Escape' && isBindableCode(event.code)) update({ keys: rebind(keys, listening, event.code) });
      setListening(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [listening, keys, update]);

  return (
    <fieldset className="setting-group key-bindings">
      <legend>{t('keys.legend')}</legend>
      <ul>
        {KEY_ACTIONS.map((action) => (
          <li key={action} className="key-binding">
            <span>{t(`keys.action.${action}`)}</span>
            <span className="key-caps" data-action={action}>
              {keys[action].map((code) => (
                <kbd key={code}>{keyLabel(code)}</kbd>
              ))}
            </span>
            <button
              type="button"
              aria-label={t('keys.changeFor', { action: t(`keys.action.${action}`) })}
              aria-pressed={listening === action}
              onClick={() => setListening(listening === action ? null : action)}
            >
              {listening === action ? t('keys.pressKey') : t('keys.change')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => update({ keys: DEFAULT_KEY_MAP })}>
        {t('keys.defaults')}
      </button>
    </fieldset>
  );
}
