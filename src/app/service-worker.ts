import { whenIdle } from './stage-warmup';
import { UPDATE_READY_NOTICE, type Notice } from '../store/notices';

/** The service worker as the app sees it (browserWorker below; a fake in the unit test). */
export interface ServiceWorkerHandle {
  register(): Promise<unknown>;
  addEventListener(type: 'waiting', listener: () => void): void;
  messageSkipWaiting(): void;
}

/** Where the page's lifetime is heard (window, or a fake). */
export interface PageEvents {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: () => void): void;
}

/**
 * Registers the service worker and watches for updates. A new version waits (the walk goes on
 * with the files it started with); the visitor is told once; when the page goes away (a reload,
 * closing the tab), the waiting worker is asked to take over, so the next load runs the new
 * version. Never reloads by itself. A registration that fails (a browser without service
 * workers, a test that blocks them) only means no offline copy.
 */
export async function watchServiceWorker(worker: ServiceWorkerHandle, page: PageEvents, notify: (notice: Notice) => void): Promise<boolean> {
  let waiting = false;
  worker.addEventListener('waiting', () => {
    if (!waiting) notify(UPDATE_READY_NOTICE);
    waiting = true;
  });
  // beforeunload comes before a reload's request (so the new worker can answer it); pagehide
  // covers a closed tab.
  const takeOver = () => {
    if (waiting) worker.messageSkipWaiting();
  };
  page.addEventListener('beforeunload', takeOver);
  page.addEventListener('pagehide', takeOver);
  try {
    await worker.register();
    return true;
  } catch {
    return false;
  }
}

/**
 * The worker at `url` through the browser's own API (workbox-window would do the same, for a few
 * more kB on the title's budget). "waiting" means a new version is installed beside the one
 * controlling the page; the first install, with no page controlled yet, is not an update.
 */
export function browserWorker(url: string): ServiceWorkerHandle {
  const listeners: (() => void)[] = [];
  const announce = () => listeners.forEach((listener) => listener());
  let registration: ServiceWorkerRegistration | undefined;
  return {
    addEventListener: (_type, listener) => void listeners.push(listener),
    // The worker made by vite-plugin-pwa (generateSW, no skipWaiting) listens for this message.
    messageSkipWaiting: () => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }),
    async register() {
      const found = await navigator.serviceWorker.register(url, { scope: '/' });
      registration = found;
      // Found on an earlier visit, still waiting.
      if (found.waiting && navigator.serviceWorker.controller) announce();
      found.addEventListener('updatefound', () => {
        const installing = found.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      });
      return found;
    },
  };
}

/**
 * In a production build, once the page has loaded and is idle (the precache's downloads never
 * compete with the title's, nor its start-up with the title's becoming live): the service worker at /sw.js (made by vite-plugin-pwa, see pwa-plugin.ts).
 */
export function registerServiceWorker(notify: (notice: Notice) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void watchServiceWorker(browserWorker('/sw.js'), window, notify);
  const startWhenIdle = () => whenIdle(start, 2000);
  if (document.readyState === 'complete') startWhenIdle();
  else window.addEventListener('load', startWhenIdle, { once: true });
}
