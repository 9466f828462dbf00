import { AnimationMixer, Group, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from './body-types';
import { boneSpecs, createSkeleton } from './skeleton';
import { createSmithClips, FOREHEAD, NEO_WRIST } from './smith-clips';

function posed(clipName: string, t: number) {
  const specs = boneSpecs(BODY_TYPES.man);
  const skeleton = createSkeleton(specs);
  const root = new Group();
  root.add(skeleton.bones[0]!);
  const mixer = new AnimationMixer(root);
  const clips = createSmithClips();
  mixer.clipAction(clips.find((c) => c.name === clipName)!).play();
  mixer.setTime(t);
  root.updateMatrixWorld(true);
  const bone = (name: string) => skeleton.getBoneByName(name)!;
  const headAt = specs.find((s) => s.name === 'head')!.at;
  return { bone, forehead: bone('head').localToWorld(FOREHEAD.clone().sub(headAt)), clips };
}

/** The middle of the palm: between the wrist and the knuckles. */
function palm(bone: (name: string) => { getWorldPosition(v: Vector3): Vector3 }, side: 'L' | 'R') {
  return bone(`hand_${side}`)
    .getWorldPosition(new Vector3())
    .lerp(bone(`middle1_${side}`).getWorldPosition(new Vector3()), 0.6);
}

describe("Smith's clips", () => {
  it('are all there, each long enough to breathe in, looping on the scene clock', () => {
    const { clips } = posed('stand', 0);
    const names = clips.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['stand', 'against-door', 'forehead', 'tired', 'retreated', 'reach-wrist', 'touch', 'whisper', 'walk', 'breathe']));
    for (const clip of clips) {
      expect(clip.duration).toBeGreaterThan(1);
      expect(clip.duration).toBeLessThan(8);
      expect(clip.validate()).toBe(true);
    }
  });

  it('bring the hand to the forehead, through the whole held clip', () => {
    for (const t of [0, 2, 3.5, 5]) {
      const { bone, forehead } = posed('forehead', t);
      const fingers = bone('middle2_R').getWorldPosition(new Vector3());
      expect(palm(bone, 'R').distanceTo(forehead)).toBeLessThan(0.09);
      expect(fingers.distanceTo(forehead)).toBeLessThan(0.09);
    }
  });

  it("close the left hand on Neo's wrist", () => {
    const { bone } = posed('reach-wrist', 0);
    expect(palm(bone, 'L').distanceTo(NEO_WRIST)).toBeLessThan(0.06);
  });

  it('leave the hands hanging at the sides when he stands', () => {
    const { bone } = posed('stand', 1);
    const right = bone('hand_R').getWorldPosition(new Vector3());
    expect(right.y).toBeLessThan(1.0);
    expect(right.x).toBeLessThan(-0.2);
  });
});
