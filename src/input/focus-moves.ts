import type { FocusPort } from './route-intent';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href]';
/** Where the d-pad moves the focus, the first found wins: an open menu or the ending, the choices, the title, the tour's controls. */
const REGIONS = ['[role="dialog"]', '.choices', '.title-screen', '.tour-controls'];

function visible(element: HTMLElement): boolean {
  return element.offsetParent !== null || element.getClientRects().length > 0;
}

function region(doc: Document): HTMLElement | null {
  for (const selector of REGIONS) {
    const found = doc.querySelector<HTMLElement>(`.overlay ${selector}`);
    if (found && visible(found)) return found;
  }
  return null;
}

/** The focus, moved through the controls on screen by the d-pad and pressed by (A). */
export function domFocus(doc: Document): FocusPort {
  return {
    move(step) {
      const area = region(doc);
      if (!area) return false;
      const items = [...area.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
      if (!items.length) return false;
      const at = items.indexOf(doc.activeElement as HTMLElement);
      const next = at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
      items[next]!.focus();
      return true;
    },
    pressFocused() {
      const focused = doc.activeElement as HTMLElement | null;
      if (!focused || focused === doc.body || !focused.closest('.overlay') || !focused.matches(FOCUSABLE) || !visible(focused)) return false;
      focused.click();
      return true;
    },
  };
}
