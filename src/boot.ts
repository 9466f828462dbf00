// The page's first script, and a small one: nothing stands between the prerendered title and its
// first paint. The app itself (main.tsx) is imported once the title has painted, so that on a slow
// network its download does not compete with the page's, and on a return visit (served at once by
// the service worker) its evaluation does not hold the paint back. What the visitor does meanwhile
// is kept, and answered once the app has adopted the page (early-input.ts).
import { keepEarlyInput } from './app/early-input';

keepEarlyInput();

/** Runs `start` after the next paint (at once in a hidden tab, where frames are not drawn). */
function afterFirstPaint(start: () => void): void {
  if (document.visibilityState === 'hidden') start();
  else requestAnimationFrame(() => setTimeout(start, 0));
}

/** If the app's code cannot arrive (offline before a first visit, a broken deploy), the title says so. */
function sayTheAppFailed(error: unknown): void {
  console.error('Salvage could not load its code.', error);
  const note = document.createElement('p');
  note.className = 'title-noscript';
  note.setAttribute('role', 'alert');
  note.append('Salvage could not load its code. Reload the page to try again, or ');
  const link = document.createElement('a');
  link.href = 'text.html';
  link.textContent = 'read the whole story as text';
  note.append(link, '.');
  (document.querySelector('.title-actions') ?? document.body).replaceWith(note);
}

afterFirstPaint(() => void import('./main').catch(sayTheAppFailed));
