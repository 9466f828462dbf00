import { describe, expect, it } from 'vitest';
import { SMITH_HOME } from '../scenes/corridor/layout';
import { WALK_LIMIT_Z } from '../scenes/beach/layout';
import { CONSTANT } from '../scenes/plaza/config';
import { stateAtScene } from '../story/deep-link';
import { storyIndex } from '../story/story-index';
import type { SceneId } from '../story/types';
import { createHeadlessEngine, jumpHeadless, stageHeadless, walkFrame, type HeadlessEngine } from './headless-engine';

const FRAME = 1 / 60;

function at(scene: SceneId): HeadlessEngine {
  const engine = createHeadlessEngine(storyIndex);
  jumpHeadless(engine, stateAtScene(storyIndex, scene)!);
  stageHeadless(engine);
  return engine;
}

/**
 * Holds W (straight ahead, never turning) and presses Space every `readEvery` seconds, as the
 * player in the report did, until `done` or `limit` seconds.
 */
function holdForward(engine: HeadlessEngine, { readEvery, limit, done }: { readEvery: number; limit: number; done: () => boolean }): void {
  let sinceRead = 0;
  for (let t = 0; t < limit && !done(); t += FRAME) {
    stageHeadless(engine);
    sinceRead += FRAME;
    if (sinceRead >= readEvery) {
      sinceRead = 0;
      engine.store.getState().dispatch({ type: 'advance' });
    }
    walkFrame(engine, { forward: 1, strafe: 0 }, FRAME);
  }
}

const story = (engine: HeadlessEngine) => engine.store.getState().story;

describe('a player who holds forward through the narration', () => {
  it('in the corridor walks past Smith while the arrival is told, and is greeted once it has been', () => {
    const engine = at('corridor');
    holdForward(engine, { readEvery: 1, limit: 60, done: () => story(engine).beat === 'corridor.greeting' });
    expect(story(engine).seen).toContain('corridor.arrival');
    expect(story(engine).beat).toBe('corridor.greeting');
    // They were well past him when it came.
    expect(engine.pose.position.z).toBeLessThan(SMITH_HOME[2] - 3);
  });

  it('on the beach walks out of the white room while it is described, and can still will the white away', () => {
    const engine = at('beach');
    holdForward(engine, { readEvery: 2.5, limit: 30, done: () => story(engine).beat === null && story(engine).seen.includes('beach.white') });
    holdForward(engine, { readEvery: 99, limit: 5, done: () => false });
    expect(engine.pose.position.z).toBeLessThan(WALK_LIMIT_Z + 1);
    expect(engine.store.getState().prompt).toMatchObject({ label: 'Will the white away', waiting: false });
    expect(engine.store.getState().takeOffer()).toBe(true);
    expect(story(engine).beat).toBe('beach.shore');
  });

  it('at the plaza door while a line plays, is told to read on, and E reads on, then opens the door', () => {
    const engine = at('plaza');
    // Slow with the keys: the rain's and the building's lines are still up at the door.
    holdForward(engine, { readEvery: 4, limit: 60, done: () => engine.store.getState().prompt !== null });
    expect(engine.pose.position.z).toBeLessThan(CONSTANT.frontZ + 2);
    expect(engine.store.getState().prompt).toMatchObject({ label: 'Read on to open the door', waiting: true });
    const line = `${story(engine).beat}:${story(engine).line}`;
    expect(engine.store.getState().takeOffer()).toBe(true);
    expect(`${story(engine).beat}:${story(engine).line}`).not.toBe(line);
    for (let i = 0; i < 20 && story(engine).scene === 'plaza'; i += 1) {
      walkFrame(engine, { forward: 0, strafe: 0 }, FRAME);
      engine.store.getState().takeOffer();
    }
    expect(story(engine).seen).toContain('plaza.door');
  });
});
