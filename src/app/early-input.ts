import { INTENT_EVENTS } from './stage-warmup';

/**
 * What a visitor did in the moment before the app adopted the prerendered title (its code still
 * arriving): clicks on the title's buttons, replayed once it has, so that a quick tap on Start or
 * Settings is answered, not lost; and whether they showed any intent at all, so that the 3D half
 * is not kept waiting for a second one (stage-warmup.ts).
 */
let kept: Element[] = [];
let intended = false;

function keepClick(event: Event): void {
  const target = event.target as Partial<Pick<Element, 'closest'>> | null;
  const button = target?.closest?.('button');
  if (button) kept.push(button);
}

function noteIntent(): void {
  intended = true;
}

type Listens = Pick<Document, 'addEventListener' | 'removeEventListener'>;

/** Starts keeping clicks on buttons and noting intents (boot.ts, as the page's first script runs). */
export function keepEarlyInput(target: Listens = document): void {
  target.addEventListener('click', keepClick, true);
  for (const type of INTENT_EVENTS) target.addEventListener(type, noteIntent, { capture: true, passive: true });
}

/** Stops, and returns the clicks kept (oldest first) and whether any intent was seen (main.tsx, as React adopts the page). */
export function takeEarlyInput(target: Listens = document): { clicks: Element[]; intended: boolean } {
  target.removeEventListener('click', keepClick, true);
  for (const type of INTENT_EVENTS) target.removeEventListener(type, noteIntent, { capture: true });
  const taken = { clicks: kept, intended };
  kept = [];
  intended = false;
  return taken;
}
