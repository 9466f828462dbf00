import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { ENDING_IDS, MODES, SCENE_IDS, type BeatId, type ItemId } from '../story/types';
import { hasBadKeys, sanitizeSettings, type Settings } from './settings';

/** What persists: settings and story progress, nothing else. */
export interface SaveData {
  settings: Settings;
  /** The walk in progress or last finished; null when none was started. */
  progress: StoryState | null;
}

export const SAVE_VERSION = 1;

const ITEMS: readonly ItemId[] = ['phone', 'red-pill', 'blue-pill', 'chip'];
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Checks saved progress against the script. Anything that does not fit (a beat that no longer
 * exists, a foreign shape) makes the whole progress unusable: half a save is worse than none.
 */
export function sanitizeProgress(raw: unknown, index: ScriptIndex): StoryState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const isBeat = (v: unknown) => typeof v === 'string' && index.beat(v as BeatId) !== undefined;
  if (!MODES.includes(r.mode as never)) return null;
  if (!SCENE_IDS.includes(r.scene as never) || r.scene === 'title') return null;
  if (r.beat !== null && !isBeat(r.beat)) return null;
  if (!isStringArray(r.seen) || !r.seen.every(isBeat)) return null;
  if (!isStringArray(r.chosen) || !isStringArray(r.inventory)) return null;
  if (!r.inventory.every((i) => ITEMS.includes(i as ItemId))) return null;
  if (r.ending !== null && !ENDING_IDS.includes(r.ending as never)) return null;
  const beat = r.beat === null ? null : index.beat(r.beat as BeatId);
  const line = typeof r.line === 'number' && Number.isInteger(r.line) ? r.line : 0;
  return {
    ...INITIAL_STORY_STATE,
    mode: r.mode as StoryState['mode'],
    scene: r.scene as StoryState['scene'],
    beat: (r.beat as BeatId | null) ?? null,
    line: beat ? Math.min(Math.max(line, 0), beat.lines.length - 1) : 0,
    seen: r.seen as BeatId[],
    chosen: r.chosen,
    inventory: r.inventory as ItemId[],
    ending: (r.ending as StoryState['ending']) ?? null,
    // A resumed walk stages its scene again: zones and the scene clock start afresh.
    arrived: false,
    zones: [],
    clock: 0,
  };
}

export type SaveProblem = 'unreadable' | 'foreign' | 'old-version' | 'storage-full' | 'storage-blocked' | 'bad-keys';

export function sanitizeSave(raw: unknown, index: ScriptIndex, fallback: Settings): { data: SaveData; problem: SaveProblem | null } {
  if (typeof raw !== 'object' || raw === null) return { data: { settings: fallback, progress: null }, problem: 'foreign' };
  const r = raw as Record<string, unknown>;
  const settings = sanitizeSettings(r.settings, fallback);
  const progress = r.progress == null ? null : sanitizeProgress(r.progress, index);
  const foreign = r.settings === undefined || (r.progress != null && progress === null);
  return { data: { settings, progress }, problem: foreign ? 'foreign' : hasBadKeys(r.settings) ? 'bad-keys' : null };
}
