import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SaveData, SaveProblem } from './save-data';

/** Where an unreadable save is set aside, so that a bad write never destroys anyone's progress. */
export const CORRUPT_BACKUP_SUFFIX = '.unreadable';

/**
 * localStorage for zustand's persist, made safe: unreadable JSON is set aside and reported
 * instead of silently blocking hydration; a full or blocked storage reports once and the
 * experience goes on in memory.
 */
export function createSafeStorage(backend: () => Storage | undefined, report: (problem: SaveProblem) => void): PersistStorage<SaveData> {
  const reported = new Set<SaveProblem>();
  const reportOnce = (problem: SaveProblem) => {
    if (reported.has(problem)) return;
    reported.add(problem);
    report(problem);
  };
  const access = (): Storage | undefined => {
    try {
      return backend();
    } catch {
      reportOnce('storage-blocked');
      return undefined;
    }
  };
  return {
    getItem(name) {
      let raw: string | null = null;
      try {
        raw = access()?.getItem(name) ?? null;
      } catch {
        reportOnce('storage-blocked');
      }
      if (raw === null) return null;
      const parsed = parseSave(raw);
      if (parsed) return parsed;
      reportOnce('unreadable');
      try {
        access()?.setItem(name + CORRUPT_BACKUP_SUFFIX, raw);
        access()?.removeItem(name);
      } catch {
        // Nowhere to set it aside: leave it where it is; the next good write replaces it.
      }
      return null;
    },
    setItem(name, value) {
      try {
        access()?.setItem(name, JSON.stringify(value));
      } catch (error) {
        reportOnce(error instanceof Error && error.name === 'SecurityError' ? 'storage-blocked' : 'storage-full');
      }
    },
    removeItem(name) {
      try {
        access()?.removeItem(name);
      } catch {
        reportOnce('storage-blocked');
      }
    },
  };
}

function parseSave(raw: string): StorageValue<SaveData> | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.version !== 'number' || typeof v.state !== 'object' || v.state === null) return null;
    return value as StorageValue<SaveData>;
  } catch {
    return null;
  }
}
