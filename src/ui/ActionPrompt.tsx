import { controlLabel } from '../input/device-labels';
import { useUiText } from '../i18n/ui-text';
import { useSalvage } from '../store/app-store';

/** "E  Open the door": shown where a deliberate action is possible; E, a click or a tap takes it. */
export function ActionPrompt() {
  const prompt = useSalvage((s) => s.prompt);
  const takeOffer = useSalvage((s) => s.takeOffer);
  const control = useSalvage((s) => controlLabel('act', s.device, s.settings.keys));
  // Followed so that the key's name changes with the language.
  useUiText();
  if (!prompt) return null;
  return (
    <button type="button" className="action-prompt" onClick={() => takeOffer()} data-action={prompt.action} data-waiting={prompt.waiting}>
      {control && <kbd>{control}</kbd>} {prompt.label}
    </button>
  );
}
