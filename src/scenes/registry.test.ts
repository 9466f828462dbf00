import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { storyIndex } from '../story/story-index';
import type { BeatId, SceneId } from '../story/types';
import { isInZone } from '../systems/zone-system';
import { SCENE_LOADERS } from './registry';
import { checkStaging } from './staging-check';
import type { SceneConfig } from './types';

const staged = Object.keys(SCENE_LOADERS) as SceneId[];

describe('staged scenes agree with the script', () => {
  it.each(staged)('%s: its zones and action spots are the ones the script names, and reached places say what lies beyond', async (id) => {
    const { config } = await SCENE_LOADERS[id]!();
    expect(config.id).toBe(id);
    expect(checkStaging(storyIndex.scene(id)!, config)).toEqual([]);
  });

  it.each(staged)("%s: the spawn stands on a floor and in no zone's region", async (id) => {
    const { config } = await SCENE_LOADERS[id]!();
    const [x, y, z] = config.spawn.position;
    expect(standsOnFloor(config, config.spawn.position)).toBe(true);
    const feet = new Vector3(x, y, z);
    expect(config.zones.filter((zone) => isInZone(feet, zone)).map((zone) => zone.id)).toEqual([]);
  });

  it.each(staged)("%s: each beat view names one of the scene's beats and stands on a floor, inside no solid box", async (id) => {
    const { config } = await SCENE_LOADERS[id]!();
    for (const [beat, view] of Object.entries(config.beatViews ?? {})) {
      expect(storyIndex.beat(beat as BeatId), beat).toBeDefined();
      expect(storyIndex.sceneOf(beat as BeatId), beat).toBe(id);
      expect(standsOnFloor(config, view.position), beat).toBe(true);
      expect(insideSolid(config, view.position), beat).toBe(false);
    }
  });
});

/** Is the point on the top face of one of the scene's boxes? */
function standsOnFloor(config: SceneConfig, [x, y, z]: readonly [number, number, number]): boolean {
  return config.colliders.some(
    (b) => Math.abs(x - b.center[0]) <= b.size[0] / 2 && Math.abs(z - b.center[2]) <= b.size[2] / 2 && Math.abs(y - (b.center[1] + b.size[1] / 2)) < 0.05,
  );
}

/** Is a standing person's chest height at the point inside one of the scene's boxes? */
function insideSolid(config: SceneConfig, [x, y, z]: readonly [number, number, number]): boolean {
  const chest = y + 1.2;
  return config.colliders.some((b) => [x, chest, z].every((v, i) => Math.abs(v - b.center[i]!) < b.size[i]! / 2));
}

describe('the staging check', () => {
  const script = storyIndex.scene('corridor')!;
  const base: SceneConfig = { id: 'corridor', spawn: { position: [0, 0, 0], yaw: 0 }, colliders: [], zones: [], actions: [], tourStops: [], background: '#000', landmarks: [] };
  const zone = (id: string, beyond?: '-z' | '+z') => ({ id, center: [0, 1, 0] as const, size: [1, 1, 1] as const, beyond });

  it('names a zone the script listens for that the scene does not place, and one placed that nobody names', () => {
    const problems = checkStaging(script, { ...base, zones: [zone('corridor.smith', '-z'), zone('corridor.stray')] });
    expect(problems).toContain('The reach trigger of "corridor.walk-away" names zone "corridor.entrance", which the scene does not place.');
    expect(problems).toContain('Zone "corridor.stray" is placed but no trigger names it.');
  });

  it('names a reached place that does not say which way is beyond it', () => {
    const problems = checkStaging(script, { ...base, zones: [zone('corridor.smith'), zone('corridor.entrance', '+z')] });
    expect(problems).toEqual(['The reach trigger of "corridor.greeting" names zone "corridor.smith", which does not say which way is beyond it.']);
  });

  it('names an action the script waits for with no spot, and a spot nobody waits for', () => {
    const plaza = storyIndex.scene('plaza')!;
    const problems = checkStaging(plaza, {
      ...base,
      id: 'plaza',
      zones: [zone('plaza.rain', '-z'), zone('plaza.constant-building', '-z')],
      actions: [{ action: 'plaza.window', label: 'Look', center: [0, 0, 0], size: [1, 1, 1] }],
    });
    expect(problems).toEqual([
      'The action trigger of "plaza.door" waits for action "plaza.open-door", which has no spot in the scene.',
      'Action spot "plaza.window" is placed but no trigger waits for it.',
    ]);
  });
});
