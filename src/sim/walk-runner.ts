import { createTourRun } from '../player/tour-run';
import { stateAtScene } from '../story/deep-link';
import type { ScriptIndex } from '../story/script-index';
import type { EndingId, SceneId } from '../story/types';
import { createHeadlessEngine, jumpHeadless, stageHeadless, tourFrame, walkFrame, type HeadlessEngine } from './headless-engine';
import { createPlayer, type PlayerKind } from './players';
import { createRng } from './rng';

export type WalkerKind = PlayerKind | 'tour';

/** How a walk went: it left the scene it was tested in, reached an ending, or got nowhere in time. */
export interface WalkOutcome {
  kind: WalkerKind;
  seed: number;
  /** The scene the walk started in, or null for a walk from the title. */
  from: SceneId | null;
  result: 'left' | 'ended' | 'stuck';
  ending: EndingId | null;
  /** Simulated seconds the walk took. */
  seconds: number;
  /** Where and how the walk stopped: enough to see the soft-lock, and the call that replays it. */
  summary: string;
}

export interface WalkOptions {
  /** Simulated seconds before a walk that has not moved on counts as stuck. */
  limit: number;
}

/**
 * Plays one seeded walk: from a scene's spawn (as its deep link stages it) until the story leaves
 * that scene or ends, or from the title to an ending when `from` is null. The frame rate wobbles
 * around a seeded value (15 to 90 fps), as a real one does.
 */
export function playWalk(index: ScriptIndex, kind: WalkerKind, seed: number, from: SceneId | null, { limit }: WalkOptions): WalkOutcome {
  const rng = createRng(seed);
  const mode = kind === 'tour' ? 'tour' : 'explore';
  const engine = createHeadlessEngine(index, mode);
  if (from) {
    const start = stateAtScene(index, from, mode);
    if (!start) throw new Error(`No deep link reaches the scene "${from}".`);
    jumpHeadless(engine, start);
  }
  const player = kind === 'tour' ? null : createPlayer(kind, rng);
  const tour = createTourRun();
  const speed = rng.pick([1, 2, 5, 20]);
  const fps = rng.range(15, 90);
  const done = () => {
    const s = engine.store.getState().story;
    return s.ending !== null || (from !== null && s.scene !== from);
  };
  while (engine.seconds < limit && !done()) {
    if (!stageHeadless(engine)) break;
    const dt = (1 / fps) * rng.range(0.7, 1.3);
    if (player) walkFrame(engine, player.frame(engine, dt), dt);
    else tourFrame(engine, tour, speed, dt);
  }
  const s = engine.store.getState().story;
  const result = s.ending ? 'ended' : done() ? 'left' : 'stuck';
  return { kind, seed, from, result, ending: s.ending, seconds: engine.seconds, summary: summarize(engine, kind, seed, from) };
}

function summarize(engine: HeadlessEngine, kind: WalkerKind, seed: number, from: SceneId | null): string {
  const { story, prompt } = engine.store.getState();
  const p = engine.pose.position;
  const where = `at (${p.x.toFixed(2)}, ${p.y.toFixed(2)}, ${p.z.toFixed(2)}) yaw ${engine.pose.yaw.toFixed(2)}`;
  const beat = story.beat ? `${story.beat} line ${story.line}` : 'no beat';
  const replay = `playWalk(storyIndex, '${kind}', ${seed}, ${from ? `'${from}'` : 'null'}, ...)`;
  return (
    `${story.scene}: ${beat}, ${where}, ${engine.sceneSeconds.toFixed(1)} s into the scene; ` +
    `zones [${story.zones.join(', ')}], prompt ${prompt ? `"${prompt.label}"` : 'none'}; seen ${story.seen.join(' > ')}. Replay: ${replay}`
  );
}
