/**
 * When the 3D half of the app (three, fiber, drei, the XR stack, the scenes) arrives. Running its
 * code and mounting the Canvas holds a phone's main thread for a second or two, so a visitor who
 * is only reading the title never pays it:
 * - its files are downloaded into the cache (not parsed, not run) once the title is live and the
 *   page idle (warmFiles());
 * - it is run at once when the page needs it to show anything (a deep link into the story, no
 *   WebGL, a headset that can start VR: a session must start within moments of the click);
 * - otherwise on the visitor's first intent (a touch, a click, a key, the pointer moving, the
 *   wheel; a gamepad or a menu, seen in the store), while a finger is on its way to Start.
 */

/** The meta element that lists the 3D half's files, space-separated. */
export const STAGE_FILES_META = 'salvage-stage-files';

/** Events that say a visitor is about to do something. */
export const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'click'] as const;

/** How long after the title is live its files start downloading (the page's own requests done). */
export const FILE_WARMUP_DELAY_MS = 1000;

export interface WarmupHost {
  addEventListener(type: string, listener: () => void, options: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: () => void, options: EventListenerOptions): void;
  setTimeout(callback: () => void, ms: number): number;
  /** Runs the callback in an idle period (`requestIdleCallback` where the browser has it). */
  whenIdle(callback: () => void): void;
  /** Asks the browser to download a file into its cache, at low priority, without parsing or running it. */
  prefetch(url: string): void;
}

/** Runs `callback` in an idle period (`requestIdleCallback` where the browser has it), within `timeoutMs`. */
export function whenIdle(callback: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, 0);
}

/** The page's own window as a warm-up host. */
export function windowHost(): WarmupHost {
  return {
    addEventListener: (type, listener, options) => window.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => window.removeEventListener(type, listener, options),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    whenIdle: (callback) => whenIdle(callback),
    prefetch: (url) => {
      // Not modulepreload: that compiles the module on the main thread, a long task on a phone.
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = url;
      document.head.append(link);
    },
  };
}

/**
 * Calls `load` once, on the first intent. Returns a function that loads at once (for a deep link,
 * a started story, a ready headset); it is safe to call any number of times, before or after.
 */
export function loadOnIntent(load: () => void, host: WarmupHost = windowHost()): () => void {
  let done = false;
  const options = { capture: true, passive: true };
  const now = () => {
    if (done) return;
    done = true;
    for (const type of INTENT_EVENTS) host.removeEventListener(type, now, options);
    load();
  };
  for (const type of INTENT_EVENTS) host.addEventListener(type, now, options);
  return now;
}

/**
 * The 3D half's files as the build lists them in index.html (see stage-files-plugin.ts), less those
 * the page has fetched already (the chunks it shares with the title).
 */
export function stageFilesIn(doc: Pick<Document, 'querySelector'> = document, fetched: readonly string[] = fetchedPaths()): string[] {
  const listed = (doc.querySelector<HTMLMetaElement>(`meta[name="${STAGE_FILES_META}"]`)?.content ?? '').split(' ').filter(Boolean);
  return listed.filter((file) => !fetched.includes(file));
}

/** The paths of everything the page has fetched so far. */
function fetchedPaths(): string[] {
  return (globalThis.performance?.getEntriesByType?.('resource') ?? []).map((entry) => new URL(entry.name).pathname);
}

/** The performance mark set as the 3D half's files start downloading (what came before is the title's). */
export const STAGE_FILES_MARK = 'salvage:stage-files';

/** Downloads `files` into the cache (not parsed, not run), `delayMs` after now and in an idle period. */
export function warmFiles(files: string[], host: WarmupHost = windowHost(), delayMs = FILE_WARMUP_DELAY_MS): void {
  if (files.length === 0) return;
  host.setTimeout(
    () =>
      host.whenIdle(() => {
        globalThis.performance?.mark?.(STAGE_FILES_MARK);
        files.forEach((file) => host.prefetch(file));
      }),
    delayMs,
  );
}
