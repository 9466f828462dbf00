import { useEffect } from 'react';
import { salvageStore, useSalvage } from '../store/app-store';
import { takeOffer } from '../systems/action-system';

/** Takes the action on offer where the player stands (or reads on toward it); false when there is none. */
export function takeOfferedAction(): boolean {
  return takeOffer(salvageStore);
}

/** "E  Open the door": shown where a deliberate action is possible; E, a click or a tap takes it. */
export function ActionPrompt() {
  const prompt = useSalvage((s) => s.prompt);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyE' || event.repeat) return;
      if (takeOfferedAction()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!prompt) return null;
  return (
    <button type="button" className="action-prompt" onClick={takeOfferedAction} data-action={prompt.action} data-waiting={prompt.waiting}>
      <kbd>E</kbd> {prompt.label}
    </button>
  );
}
