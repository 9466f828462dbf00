import { renderToString } from 'react-dom/server';
import { TextVersion } from '../ui/TextVersion';
import { App } from './App';

/**
 * The title screen as HTML, rendered at build time from the app's own components and the story's
 * script (the store's defaults: no saved walk, VR support not yet known), for the page to paint
 * before any JavaScript arrives. main.tsx hydrates it: the same tree, so the two cannot drift.
 */
export function renderTitleHtml(): string {
  return renderToString(<App webgl2 />);
}

/** The whole story as text, for the page that works without JavaScript (text.html). */
export function renderTextVersionHtml(): string {
  return renderToString(<TextVersion reason="This is Salvage without its 3D view." />);
}
