import { describe, expect, it } from 'vitest';
import { storyIndex } from '../story/story-index';
import { SCENE_LOADERS } from './registry';
import type { SceneId } from '../story/types';

const staged = Object.keys(SCENE_LOADERS) as SceneId[];

describe('staged scenes agree with the script', () => {
  it.each(staged)('%s: every zone the script listens for exists, and every zone is listened for', async (id) => {
    const { config } = await SCENE_LOADERS[id]!();
    expect(config.id).toBe(id);
    const scriptZones = storyIndex
      .triggers(id)
      .flatMap((t) => (t.on.type === 'enter' || t.on.type === 'leave' ? [t.on.zone] : []))
      .sort();
    const sceneZones = config.zones.map((z) => z.id).sort();
    expect([...new Set(sceneZones)]).toEqual([...new Set(scriptZones)]);
  });

  it.each(staged)('%s: the spawn stands on a floor and inside no zone', async (id) => {
    const { config } = await SCENE_LOADERS[id]!();
    const [x, y, z] = config.spawn.position;
    const onFloor = config.colliders.some(
      (b) => Math.abs(x - b.center[0]) <= b.size[0] / 2 && Math.abs(z - b.center[2]) <= b.size[2] / 2 && Math.abs(y - (b.center[1] + b.size[1] / 2)) < 0.05,
    );
    expect(onFloor).toBe(true);
    const inZone = config.zones.filter(
      (zone) => Math.abs(x - zone.center[0]) <= zone.size[0] / 2 && Math.abs(z - zone.center[2]) <= zone.size[2] / 2,
    );
    expect(inZone).toEqual([]);
  });
});
