import { describe, expect, it } from 'vitest';
import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import { FIXTURE_INDEX } from '../story/test-fixture';
import { createSalvageStore, SAVE_KEY, type SalvageStore } from './create-store';
import { CORRUPT_BACKUP_SUFFIX } from './safe-storage';
import { SAVE_VERSION } from './save-data';
import { defaultSettings } from './settings';

/** The DOM Storage interface over a Map, as localStorage behaves. */
class MemoryStorage implements Storage {
  // Storage's own index signature (lib.dom), which names any stored key.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [name: string]: any;
  private readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
}

/** A storage that reads but whose quota is spent: every write throws, as browsers do. */
class FullStorage extends MemoryStorage {
  writes = 0;
  override setItem(): void {
    this.writes += 1;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

const make = (storage?: Storage, prefersReducedMotion = false) => createSalvageStore({ index: FIXTURE_INDEX, storage: storage && (() => storage), prefersReducedMotion });

const noticeIds = (store: SalvageStore) => store.getState().notices.map((n) => n.id);
const saved = (storage: Storage) => JSON.parse(storage.getItem(SAVE_KEY) ?? 'null') as { version: number; state: Record<string, unknown> } | null;
const hasHydrated = (store: SalvageStore) => (store as unknown as { persist: { hasHydrated(): boolean } }).persist.hasHydrated();

/** A save as this version writes it: Neo on the second line of the wake-up, holding the phone. */
const VALID_PROGRESS: StoryState = {
  ...INITIAL_STORY_STATE,
  mode: 'explore',
  scene: 'construct',
  arrived: true,
  beat: 'construct.wake',
  line: 1,
  seen: ['construct.wake'],
  inventory: ['phone'],
  zones: ['construct.pool'],
  clock: 3,
};
const RESUMED_PROGRESS: StoryState = { ...VALID_PROGRESS, arrived: false, zones: [], clock: 0 };

function storageWith(state: unknown, version = SAVE_VERSION): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(SAVE_KEY, JSON.stringify({ state, version }));
  return storage;
}

describe('a fresh store', () => {
  it('starts on the title with default settings and nothing to continue', () => {
    const s = make(new MemoryStorage()).getState();
    expect(s.story).toEqual(INITIAL_STORY_STATE);
    expect(s.progress).toBeNull();
    expect(s.settings).toEqual(defaultSettings());
    expect(s.notices).toEqual([]);
    expect(s.panel).toBe('none');
  });

  it('reduces motion by default when the system asks for it', () => {
    expect(make(new MemoryStorage(), true).getState().settings.reduceMotion).toBe(true);
    expect(make(new MemoryStorage(), false).getState().settings.reduceMotion).toBe(false);
  });

  it('works with no storage at all', () => {
    const store = make();
    store.getState().startWalk('explore');
    expect(store.getState().story.scene).toBe('construct');
    expect(store.getState().notices).toEqual([]);
  });
});

describe('the walk', () => {
  it('takes the deed on offer, reads on toward it while a line must be read first, and takes nothing with none offered or a menu open', () => {
    const store = make();
    const events: unknown[] = [];
    store.setState({ dispatch: (event) => void events.push(event) });
    expect(store.getState().takeOffer()).toBe(false);
    store.getState().setPrompt({ action: 'plaza.open-door', label: 'Open the door', waiting: false });
    expect(store.getState().takeOffer()).toBe(true);
    store.getState().setPrompt({ action: 'plaza.open-door', label: 'Read on to open the door', waiting: true });
    expect(store.getState().takeOffer()).toBe(true);
    store.setState({ panel: 'pause' });
    expect(store.getState().takeOffer()).toBe(false);
    expect(events).toEqual([{ type: 'act', action: 'plaza.open-door' }, { type: 'advance' }]);
  });

  it('startWalk leaves the title for the first scene; dispatch moves story and progress together', () => {
    const store = make(new MemoryStorage());
    store.getState().startWalk('tour');
    expect(store.getState().story).toMatchObject({ mode: 'tour', scene: 'construct', arrived: false });
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    const { story, progress } = store.getState();
    expect(story).toMatchObject({ arrived: true, beat: 'construct.wake', inventory: ['phone'] });
    expect(progress).toBe(story);
  });

  it('an event the story ignores does not notify subscribers', () => {
    const store = make(new MemoryStorage());
    store.getState().startWalk('explore');
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.getState().dispatch({ type: 'advance' }); // nothing is playing before arrival
    store.getState().dispatch({ type: 'tick', seconds: 1 });
    expect(calls).toBe(0);
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    expect(calls).toBe(1);
    unsubscribe();
  });

  it('startWalk starts over even from an ending', () => {
    const store = make(new MemoryStorage());
    store.getState().jumpTo({ ...VALID_PROGRESS, beat: null, ending: 'found' });
    store.getState().startWalk('explore');
    expect(store.getState().story).toMatchObject({ scene: 'construct', ending: null, seen: [] });
  });

  it('returnToTitle keeps the walk; continueWalk resumes it where it was, staging the scene again', () => {
    const store = make(new MemoryStorage());
    const { startWalk, dispatch } = store.getState();
    startWalk('explore');
    dispatch({ type: 'arrive', scene: 'construct' });
    dispatch({ type: 'advance' });
    dispatch({ type: 'enter', zone: 'construct.pool' });
    store.getState().returnToTitle();
    expect(store.getState().story).toEqual(INITIAL_STORY_STATE);
    expect(store.getState().progress).toMatchObject({ beat: 'construct.wake', line: 1 });

    store.getState().continueWalk();
    expect(store.getState().story).toMatchObject({ mode: 'explore', scene: 'construct', beat: 'construct.wake', line: 1, arrived: false, zones: [], clock: 0 });
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    // Arriving again does not replay the beat that was playing.
    expect(store.getState().story).toMatchObject({ arrived: true, beat: 'construct.wake', line: 1, seen: ['construct.wake'] });
  });

  it('continueWalk may change the mode', () => {
    const store = make(new MemoryStorage());
    store.getState().startWalk('explore');
    store.getState().returnToTitle();
    store.getState().continueWalk('xr');
    expect(store.getState().story).toMatchObject({ mode: 'xr', scene: 'construct' });
  });

  it('continueWalk does nothing with no walk saved, or a finished one', () => {
    const store = make(new MemoryStorage());
    store.getState().continueWalk();
    expect(store.getState().story).toBe(INITIAL_STORY_STATE);

    store.getState().jumpTo({ ...VALID_PROGRESS, beat: null, ending: 'walked-away' });
    store.getState().returnToTitle();
    store.getState().continueWalk();
    expect(store.getState().story).toBe(INITIAL_STORY_STATE);
  });

  // A regression once: set-mode on the title gave the empty title state a mode, which was then
  // saved as progress over the walk that "Continue" offered.
  it('switching mode on the title does not replace the saved walk', () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    store.getState().startWalk('explore');
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    store.getState().returnToTitle();
    store.getState().dispatch({ type: 'set-mode', mode: 'xr' });
    expect(store.getState().progress).toMatchObject({ scene: 'construct', beat: 'construct.wake' });
  });

  it('switching mode on the title does not produce a "foreign data" notice on the next visit', () => {
    const storage = new MemoryStorage();
    const store = make(storage);
    store.getState().startWalk('explore');
    store.getState().returnToTitle();
    store.getState().dispatch({ type: 'set-mode', mode: 'xr' });
    expect(noticeIds(make(storage))).toEqual([]);
  });
});

describe('settings', () => {
  it('applies valid changes', () => {
    const store = make(new MemoryStorage());
    store.getState().updateSettings({ volume: 0.25, subtitleSize: 'large', invertLook: true, mouseSensitivity: 2 });
    expect(store.getState().settings).toEqual({ ...defaultSettings(), volume: 0.25, subtitleSize: 'large', invertLook: true, mouseSensitivity: 2 });
  });

  it('clamps numbers into their range', () => {
    const store = make(new MemoryStorage());
    const { updateSettings } = store.getState();
    updateSettings({ volume: 5, mouseSensitivity: 0 });
    expect(store.getState().settings).toMatchObject({ volume: 1, mouseSensitivity: 0.2 });
    updateSettings({ volume: -2, mouseSensitivity: 99 });
    expect(store.getState().settings).toMatchObject({ volume: 0, mouseSensitivity: 3 });
  });

  it('keeps the current value when a change is not valid', () => {
    const store = make(new MemoryStorage());
    store.getState().updateSettings({ volume: 0.4, subtitleSize: 'small' });
    const before = store.getState().settings;
    store.getState().updateSettings({
      volume: Number.NaN,
      mouseSensitivity: Number.POSITIVE_INFINITY,
      subtitleSize: 'huge',
      subtitles: 'no',
      reduceMotion: 1,
    } as never);
    expect(store.getState().settings).toEqual(before);
  });

  it('drops keys that are not settings', () => {
    const store = make(new MemoryStorage());
    store.getState().updateSettings({ cheat: true } as never);
    expect(Object.keys(store.getState().settings).sort()).toEqual(Object.keys(defaultSettings()).sort());
  });

  it('resetSettings goes back to the defaults, reduced motion included', () => {
    const store = make(new MemoryStorage(), true);
    store.getState().updateSettings({ volume: 0.1, reduceMotion: false });
    store.getState().resetSettings();
    expect(store.getState().settings).toEqual(defaultSettings(true));
  });
});

describe('persistence', () => {
  it('settings and progress survive a new visit; the story waits on the title', () => {
    const storage = new MemoryStorage();
    const first = make(storage);
    first.getState().updateSettings({ volume: 0.3, subtitleSize: 'large' });
    first.getState().startWalk('explore');
    first.getState().dispatch({ type: 'arrive', scene: 'construct' });
    first.getState().dispatch({ type: 'advance' });
    first.getState().dispatch({ type: 'enter', zone: 'construct.pool' });
    first.getState().dispatch({ type: 'tick', seconds: 3 });
    expect(first.getState().progress).toEqual(VALID_PROGRESS);

    const second = make(storage);
    expect(hasHydrated(second)).toBe(true);
    expect(second.getState().settings).toEqual({ ...defaultSettings(), volume: 0.3, subtitleSize: 'large' });
    expect(second.getState().progress).toEqual(RESUMED_PROGRESS);
    expect(second.getState().story).toEqual(INITIAL_STORY_STATE);
    expect(second.getState().notices).toEqual([]);
  });

  it('only settings and progress are written; UI state stays behind', () => {
    const storage = new MemoryStorage();
    const first = make(storage);
    first.getState().openPanel('settings');
    first.getState().pushNotice({ id: 'hello', text: 'Hello.', tone: 'info' });
    first.getState().stage('construct');
    first.getState().setWebgl('ok');
    expect(Object.keys(saved(storage)!.state).sort()).toEqual(['progress', 'settings']);
    expect(saved(storage)!.version).toBe(SAVE_VERSION);

    const second = make(storage).getState();
    expect(second.panel).toBe('none');
    expect(second.notices).toEqual([]);
    expect(second.staged).toBeNull();
    expect(second.webgl).toBe('unknown');
  });

  it('corrupt JSON: defaults, a notice, and the unreadable text set aside', () => {
    const storage = new MemoryStorage();
    const raw = '{"state":{"settings":{"volume":0.2},"progress":';
    storage.setItem(SAVE_KEY, raw);
    const store = make(storage);
    expect(hasHydrated(store)).toBe(true);
    expect(store.getState().settings).toEqual(defaultSettings());
    expect(store.getState().progress).toBeNull();
    expect(store.getState().notices).toEqual([expect.objectContaining({ id: 'save-unreadable', tone: 'warning' })]);
    expect(storage.getItem(SAVE_KEY + CORRUPT_BACKUP_SUFFIX)).toBe(raw);

    // Saving goes on as normal, and does not touch the copy set aside.
    store.getState().updateSettings({ volume: 0.5 });
    expect(saved(storage)!.state.settings).toMatchObject({ volume: 0.5 });
    expect(storage.getItem(SAVE_KEY + CORRUPT_BACKUP_SUFFIX)).toBe(raw);
    // A corrupt save is reported once, not at every visit.
    expect(noticeIds(make(storage))).toEqual([]);
  });

  it('valid JSON that is not a save is treated as unreadable too', () => {
    for (const raw of ['null', '42', '"text"', '{"version":1}', '{"version":"1","state":{}}']) {
      const storage = new MemoryStorage();
      storage.setItem(SAVE_KEY, raw);
      const store = make(storage);
      expect(noticeIds(store)).toEqual(['save-unreadable']);
      expect(storage.getItem(SAVE_KEY + CORRUPT_BACKUP_SUFFIX)).toBe(raw);
    }
  });

  it('foreign progress (an unknown beat) is discarded with a notice; valid settings are kept', () => {
    const storage = storageWith({
      settings: {
        volume: 0.2,
        invertLook: true,
        subtitles: 'yes',
        subtitleSize: 'huge',
        mouseSensitivity: '2',
        xrTurn: 'barrel-roll',
        snapAngle: 33,
        seated: true,
        comfortVignette: 'no',
      },
      progress: { ...VALID_PROGRESS, seen: ['construct.wake', 'plaza.gone'] },
    });
    const store = make(storage);
    expect(store.getState().settings).toEqual({ ...defaultSettings(), volume: 0.2, invertLook: true, seated: true });
    expect(store.getState().progress).toBeNull();
    expect(noticeIds(store)).toEqual(['save-foreign']);
  });

  it('progress of the wrong shape is discarded with a notice', () => {
    const shapes: unknown[] = [
      { ...VALID_PROGRESS, beat: 'corridor.missing' },
      { ...VALID_PROGRESS, mode: 'vr' },
      { ...VALID_PROGRESS, scene: 'moon' },
      { ...VALID_PROGRESS, scene: 'title' },
      { ...VALID_PROGRESS, seen: 'construct.wake' },
      { ...VALID_PROGRESS, inventory: ['spoon'] },
      { ...VALID_PROGRESS, chosen: [1] },
      { ...VALID_PROGRESS, ending: 'happy' },
      'progress',
    ];
    for (const progress of shapes) {
      const store = make(storageWith({ settings: { volume: 0.2 }, progress }));
      expect(store.getState().progress).toBeNull();
      expect(store.getState().settings.volume).toBe(0.2);
      expect(noticeIds(store)).toEqual(['save-foreign']);
    }
  });

  it('a save with no settings is foreign', () => {
    const store = make(storageWith({ something: 'else' }));
    expect(store.getState().settings).toEqual(defaultSettings());
    expect(noticeIds(store)).toEqual(['save-foreign']);
  });

  it('a valid save loads without a notice, its line kept within the beat', () => {
    const store = make(storageWith({ settings: defaultSettings(), progress: { ...VALID_PROGRESS, line: 40 } }));
    expect(store.getState().progress).toEqual({ ...RESUMED_PROGRESS, line: 1 });
    expect(store.getState().notices).toEqual([]);
  });

  it('an old version keeps its settings, drops the walk, says so, and is saved anew', () => {
    const storage = storageWith({ settings: { volume: 0.2, invertLook: true, subtitleSize: 'gigantic' }, progress: VALID_PROGRESS }, 0);
    const store = make(storage);
    expect(hasHydrated(store)).toBe(true);
    expect(store.getState().settings).toEqual({ ...defaultSettings(), volume: 0.2, invertLook: true });
    expect(store.getState().progress).toBeNull();
    expect(store.getState().notices).toEqual([expect.objectContaining({ id: 'save-old-version', tone: 'info' })]);
    expect(saved(storage)).toMatchObject({ version: SAVE_VERSION, state: { progress: null, settings: { volume: 0.2 } } });
    expect(noticeIds(make(storage))).toEqual([]);
  });
});

describe('storage that fails', () => {
  it('a full storage: the store keeps working and says so once', () => {
    const storage = new FullStorage();
    const store = make(storage);
    expect(store.getState().notices).toEqual([]);

    store.getState().updateSettings({ volume: 0.3 });
    expect(storage.writes).toBeGreaterThan(0);
    expect(store.getState().settings.volume).toBe(0.3);
    expect(store.getState().notices).toEqual([expect.objectContaining({ id: 'save-full', tone: 'warning' })]);

    store.getState().startWalk('explore');
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    expect(store.getState().story.beat).toBe('construct.wake');
    expect(noticeIds(store)).toEqual(['save-full']);

    // Once dismissed, it does not come back at every later write.
    store.getState().dismissNotice('save-full');
    store.getState().dispatch({ type: 'advance' });
    expect(store.getState().story.line).toBe(1);
    expect(store.getState().notices).toEqual([]);
  });

  it('a full storage can still be read', () => {
    const storage = new FullStorage();
    MemoryStorage.prototype.setItem.call(storage, SAVE_KEY, JSON.stringify({ version: SAVE_VERSION, state: { settings: { volume: 0.1 }, progress: VALID_PROGRESS } }));
    const store = make(storage);
    expect(store.getState().settings.volume).toBe(0.1);
    expect(store.getState().progress).toEqual(RESUMED_PROGRESS);
  });

  it('a blocked storage (the getter throws): the store works in memory, with one notice', () => {
    const store = createSalvageStore({
      index: FIXTURE_INDEX,
      storage: () => {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
    });
    expect(hasHydrated(store)).toBe(true);
    expect(store.getState().notices).toEqual([expect.objectContaining({ id: 'save-blocked' })]);
    store.getState().updateSettings({ volume: 0.9 });
    store.getState().startWalk('explore');
    store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    expect(store.getState().settings.volume).toBe(0.9);
    expect(store.getState().story.beat).toBe('construct.wake');
    expect(store.getState().progress).toBe(store.getState().story);
    expect(noticeIds(store)).toEqual(['save-blocked']);
  });

  it('a storage whose reads throw behaves as blocked', () => {
    const storage = new MemoryStorage();
    const deny = () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    };
    storage.getItem = deny;
    storage.removeItem = deny;
    const store = make(storage);
    expect(noticeIds(store)).toEqual(['save-blocked']);
    store.getState().startWalk('explore');
    expect(store.getState().story.scene).toBe('construct');
  });
});

describe('the language setting', () => {
  it("starts in the browser's language when nothing is saved, and a saved choice wins over it", () => {
    const storage = new MemoryStorage();
    const first = createSalvageStore({ index: FIXTURE_INDEX, storage: () => storage, language: 'es' });
    expect(first.getState().settings.language).toBe('es');
    first.getState().updateSettings({ language: 'de' });
    const again = createSalvageStore({ index: FIXTURE_INDEX, storage: () => storage, language: 'es' });
    expect(again.getState().settings.language).toBe('de');
  });

  it('a reset keeps the language chosen', () => {
    const store = createSalvageStore({ index: FIXTURE_INDEX, language: 'en' });
    store.getState().updateSettings({ language: 'fr', invertLook: true });
    store.getState().resetSettings();
    expect(store.getState().settings).toMatchObject({ language: 'fr', invertLook: false });
  });

  it("an unknown saved language falls back to the browser's", () => {
    const storage = new MemoryStorage();
    const store = createSalvageStore({ index: FIXTURE_INDEX, storage: () => storage, language: 'fr' });
    store.getState().updateSettings({ invertLook: true });
    const raw = JSON.parse(storage.getItem(SAVE_KEY)!) as { state: { settings: Record<string, unknown> } };
    raw.state.settings.language = 'xx';
    storage.setItem(SAVE_KEY, JSON.stringify(raw));
    expect(createSalvageStore({ index: FIXTURE_INDEX, storage: () => storage, language: 'fr' }).getState().settings).toMatchObject({ language: 'fr', invertLook: true });
  });
});
