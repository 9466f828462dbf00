import { useEffect } from 'react';
import { salvageStore, useSalvage } from '../store/app-store';

/** Takes the action on offer where the player stands; false when there is none. */
export function takeOfferedAction(): boolean {
  const s = salvageStore.getState();
  if (!s.prompt || s.panel !== 'none') return false;
  s.dispatch({ type: 'act', action: s.prompt.action });
  return true;
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
    <button type="button" className="action-prompt" onClick={takeOfferedAction} data-action={prompt.action}>
      <kbd>E</kbd> {prompt.label}
    </button>
  );
}
