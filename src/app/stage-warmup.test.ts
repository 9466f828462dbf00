import { describe, expect, it } from 'vitest';
import { chunkFiles } from './stage-files-plugin';
import { INTENT_EVENTS, loadOnIntent, STAGE_FILES_META, stageFilesIn, warmFiles, type WarmupHost } from './stage-warmup';

/** A page in a test: its listeners, its timers and idle callbacks run by hand, what it preloaded. */
function fakeHost() {
  const listeners = new Map<string, () => void>();
  const timers: { callback: () => void; ms: number }[] = [];
  const idle: (() => void)[] = [];
  const preloaded: string[] = [];
  const host: WarmupHost = {
    addEventListener: (type, listener) => void listeners.set(type, listener),
    removeEventListener: (type, listener) => void (listeners.get(type) === listener && listeners.delete(type)),
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
    whenIdle: (callback) => void idle.push(callback),
    prefetch: (url) => void preloaded.push(url),
  };
  return { host, listeners, timers, idle, preloaded, fire: (type: string) => listeners.get(type)?.() };
}

describe('the 3D half runs on the first intent', () => {
  it('does not run while the visitor only reads', () => {
    const page = fakeHost();
    let loads = 0;
    loadOnIntent(() => loads++, page.host);
    expect(page.timers).toEqual([]);
    expect(loads).toBe(0);
  });

  it.each(INTENT_EVENTS)('runs once on %s, and stops listening', (type) => {
    const page = fakeHost();
    let loads = 0;
    loadOnIntent(() => loads++, page.host);
    page.fire(type);
    page.fire('keydown');
    expect(loads).toBe(1);
    expect(page.listeners.size).toBe(0);
  });

  it('runs at once when asked (a deep link, a started story), and never twice', () => {
    const page = fakeHost();
    let loads = 0;
    const now = loadOnIntent(() => loads++, page.host);
    now();
    now();
    page.fire('pointerdown');
    expect(loads).toBe(1);
    expect(page.listeners.size).toBe(0);
  });
});

describe("the 3D half's files are downloaded while the visitor reads", () => {
  it('after a delay and in an idle period, each file fetched into the cache without running it', () => {
    const page = fakeHost();
    warmFiles(['/assets/stage.js', '/assets/three.js'], page.host, 1000);
    expect(page.preloaded).toEqual([]);
    expect(page.timers.map((t) => t.ms)).toEqual([1000]);
    page.timers[0]!.callback();
    expect(page.preloaded).toEqual([]);
    page.idle[0]!();
    expect(page.preloaded).toEqual(['/assets/stage.js', '/assets/three.js']);
  });

  it('asks for nothing when the page lists no files (the dev server)', () => {
    const page = fakeHost();
    warmFiles([], page.host);
    expect(page.timers).toEqual([]);
  });

  it('reads the list the build wrote into the page', () => {
    const meta = { content: '/assets/a.js /assets/b.js' };
    const doc = { querySelector: (selector: string) => (selector === `meta[name="${STAGE_FILES_META}"]` ? meta : null) } as unknown as Document;
    expect(stageFilesIn(doc, [])).toEqual(['/assets/a.js', '/assets/b.js']);
    // A chunk the title shares with the 3D half is there already: not asked for twice.
    expect(stageFilesIn(doc, ['/assets/a.js', '/index.html'])).toEqual(['/assets/b.js']);
    expect(stageFilesIn({ querySelector: () => null } as unknown as Document, [])).toEqual([]);
  });

  it("lists the stage's chunk and every chunk it imports, once each", () => {
    const bundle = {
      'stage.js': { type: 'chunk' as const, fileName: 'stage.js', facadeModuleId: '/p/src/app/stage-entry.ts', imports: ['three.js', 'react.js'] },
      'three.js': { type: 'chunk' as const, fileName: 'three.js', imports: ['react.js'] },
      'react.js': { type: 'chunk' as const, fileName: 'react.js', imports: [] },
      'main.js': { type: 'chunk' as const, fileName: 'main.js', facadeModuleId: '/p/src/main.tsx', imports: ['react.js'] },
      'style.css': { type: 'asset' as const, fileName: 'style.css' },
    };
    expect(chunkFiles(bundle, '/src/app/stage-entry.ts')).toEqual(['stage.js', 'three.js', 'react.js']);
    expect(chunkFiles(bundle, '/src/app/missing.ts')).toEqual([]);
  });
});
