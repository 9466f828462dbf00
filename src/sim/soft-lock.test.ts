import { describe, expect, it } from 'vitest';
import { SCENE_LOADERS } from '../scenes/registry';
import { storyIndex } from '../story/story-index';
import type { SceneId } from '../story/types';
import { HEADLESS_CONFIGS } from './headless-engine';
import { PLAYER_KINDS } from './players';
import { playWalk, type WalkerKind, type WalkOutcome } from './walk-runner';

/**
 * The soft-lock finder: many seeded walks through the real engine (machine, store, zones, action
 * spots, the capsule against each scene's colliders; no rendering), by impatient players,
 * readers, wanderers and the guided tour. Every walk must leave its scene or reach an ending in
 * time; a stuck one is reported with the call that replays it.
 */
const SCENES: SceneId[] = ['construct', 'plaza', 'corridor', 'interlude', 'beach'];
const KINDS: WalkerKind[] = [...PLAYER_KINDS, 'tour'];
const WALKS_PER_KIND = Number(process.env.SOFT_LOCK_WALKS ?? 40);
/** Simulated seconds: the corridor read slowly by a dawdling wanderer takes about ten minutes. */
const SCENE_LIMIT = 1800;
const STORY_LIMIT = 6000;
/** Each batch plays a few hundred walks: seconds, not the default five. */
const BATCH_TIMEOUT = 120_000;
/** Loading every scene's module (views, shaders, figures) takes seconds on a busy machine. */
const IMPORT_TIMEOUT = 60_000;

const stuck = (outcomes: WalkOutcome[]) => outcomes.filter((o) => o.result === 'stuck').map((o) => `${o.kind} seed ${o.seed}: ${o.summary}`);

describe('the soft-lock finder', () => {
  it(
    'walks the scenes the app stages, with the same configs',
    async () => {
      for (const id of SCENES) expect(HEADLESS_CONFIGS[id]).toBe((await SCENE_LOADERS[id]!()).config);
    },
    IMPORT_TIMEOUT,
  );

  it.each(SCENES)(
    '%s: every walk by every kind of player leaves the scene or ends',
    (scene) => {
      const outcomes = KINDS.flatMap((kind) =>
        Array.from({ length: WALKS_PER_KIND }, (_, i) => playWalk(storyIndex, kind, 1000 * SCENES.indexOf(scene) + i, scene, { limit: SCENE_LIMIT })),
      );
      expect(stuck(outcomes)).toEqual([]);
    },
    BATCH_TIMEOUT,
  );

  it(
    'from the title, every walk reaches an ending, and between them they reach all three',
    () => {
      const outcomes = KINDS.flatMap((kind) => Array.from({ length: WALKS_PER_KIND / 2 }, (_, i) => playWalk(storyIndex, kind, 90000 + i, null, { limit: STORY_LIMIT })));
      expect(stuck(outcomes)).toEqual([]);
      expect(new Set(outcomes.map((o) => o.ending))).toEqual(new Set(['found', 'forgotten', 'walked-away']));
    },
    BATCH_TIMEOUT,
  );
});
