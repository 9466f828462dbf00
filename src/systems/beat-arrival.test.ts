import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { placePlayer, type PlayerPose } from '../player/pose';
import type { SceneConfig } from '../scenes/types';
import { INITIAL_STORY_STATE, type StoryState } from '../story/machine';
import { arriveAtBeatView } from './beat-arrival';

const corridor: SceneConfig = {
  id: 'corridor',
  spawn: { position: [0, 0, -0.4], yaw: 0 },
  colliders: [],
  zones: [],
  actions: [],
  tourStops: [],
  background: '#000',
  landmarks: [],
  beatViews: { 'corridor.offer': { position: [0.2, 0, -6.8], yaw: 0.5, pitch: -0.1 } },
};
const createPlayerPose = (): PlayerPose => ({ position: new Vector3(), yaw: 0, pitch: 0, velocity: new Vector3(), onFloor: false });
const at = (beat: string | null, scene: StoryState['scene'] = 'corridor'): StoryState => ({ ...INITIAL_STORY_STATE, mode: 'explore', scene, beat: beat as StoryState['beat'] });

describe('arriving at a beat view', () => {
  it("places the player at the beat's view on a fresh visit, once", () => {
    const pose = createPlayerPose();
    placePlayer(pose, corridor.spawn.position, 0);
    expect(arriveAtBeatView(corridor, at('corridor.offer'), 3, 2, pose)).toBe(3);
    expect([pose.position.x, pose.position.z, pose.yaw, pose.pitch]).toEqual([0.2, -6.8, 0.5, -0.1]);
    // Walked on in the same visit: left where the player went.
    placePlayer(pose, [0, 0, -2], 0);
    expect(arriveAtBeatView(corridor, at('corridor.offer'), 3, 3, pose)).toBe(3);
    expect(pose.position.z).toBe(-2);
  });

  it('leaves the player at the spawn for a beat with no view, and counts the visit dealt with', () => {
    const pose = createPlayerPose();
    placePlayer(pose, corridor.spawn.position, 0);
    expect(arriveAtBeatView(corridor, at('corridor.arrival'), 1, 0, pose)).toBe(1);
    expect(pose.position.z).toBe(-0.4);
  });

  it("waits while another scene stands in (the construct, while the story's scene loads)", () => {
    const pose = createPlayerPose();
    const construct = { ...corridor, id: 'construct' as const };
    expect(arriveAtBeatView(construct, at('corridor.offer'), 4, 3, pose)).toBe(3);
    expect(arriveAtBeatView(corridor, at('corridor.offer'), 4, 3, pose)).toBe(4);
    expect(pose.position.z).toBe(-6.8);
  });
});
