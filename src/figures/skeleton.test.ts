import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from './body-types';
import { boneSpecs, createSkeleton } from './skeleton';

describe('the skeleton', () => {
  const specs = boneSpecs(BODY_TYPES.man);
  const skeleton = createSkeleton(specs);

  it('has every bone a person needs, fingers included', () => {
    const names = skeleton.bones.map((b) => b.name);
    for (const name of [
      'hips',
      'spine',
      'chest',
      'neck',
      'head',
      'jaw',
      'shoulder_L',
      'upperArm_R',
      'foreArm_L',
      'hand_R',
      'thumb2_L',
      'index1_R',
      'pinky2_L',
      'upLeg_L',
      'leg_R',
      'foot_L',
      'toe_R',
      'eye_L',
    ])
      expect(names).toContain(name);
    expect(skeleton.bones.length).toBe(44);
    expect(new Set(names).size).toBe(names.length);
  });

  it('stands in its bind pose where the specs say, feet on the floor, 7.5 heads tall', () => {
    skeleton.bones[0]!.updateMatrixWorld(true);
    specs.forEach((spec, i) => {
      expect(skeleton.bones[i]!.getWorldPosition(new Vector3()).distanceTo(spec.at)).toBeLessThan(1e-6);
      expect(skeleton.bones[i]!.quaternion.w).toBe(1);
    });
    const head = specs.find((s) => s.name === 'head')!;
    expect(head.tail.y).toBeCloseTo(1.86, 2);
    expect(BODY_TYPES.man.height / BODY_TYPES.man.head).toBeCloseTo(7.5);
    expect(BODY_TYPES.child.height / BODY_TYPES.child.head).toBeCloseTo(5.5);
    for (const foot of ['toe_L', 'toe_R']) expect(specs.find((s) => s.name === foot)!.at.y).toBeLessThan(0.05);
  });

  it('binds inverses that undo the bind pose', () => {
    skeleton.bones.forEach((bone, i) => {
      const m = bone.matrixWorld.clone().multiply(skeleton.boneInverses[i]!);
      expect(m.elements.every((e, k) => Math.abs(e - (k % 5 === 0 ? 1 : 0)) < 1e-6)).toBe(true);
    });
  });
});
