import { describe, expect, it } from 'vitest';
import { MeshBasicMaterial, Vector3 } from 'three';
import { armPose, createFirstPersonArm, facingInView, palmInView, type HandInView } from './first-person-arm';
import { worldOf } from './pose';

const materials = { skin: new MeshBasicMaterial(), cloth: new MeshBasicMaterial() };
const open: HandInView = { palm: new Vector3(0.1, -0.2, -0.42), fingers: new Vector3(-0.3, 0.15, -1), facing: new Vector3(0.05, 1, 0.2), curl: 0.1 };
const fist: HandInView = { ...open, palm: new Vector3(0.16, -0.34, -0.4), curl: 0.8 };

describe("Neo's arm in first person", () => {
  const arm = createFirstPersonArm(materials);

  it('is one arm: every vertex follows the right arm and hand only, with weights summing to 1', () => {
    for (const mesh of arm.meshes) {
      const index = mesh.geometry.getAttribute('skinIndex');
      const weight = mesh.geometry.getAttribute('skinWeight');
      for (let v = 0; v < index.count; v += 1) {
        let sum = 0;
        for (let c = 0; c < 4; c += 1) {
          const w = weight.getComponent(v, c);
          sum += w;
          if (w > 0) expect(arm.specs[index.getComponent(v, c)]!.name).toMatch(/_R$/);
        }
        expect(sum).toBeCloseTo(1, 4);
      }
    }
  });

  it('puts the palm where the view asks, facing the way it asks', () => {
    for (const hand of [open, fist]) {
      const pose = armPose(arm.specs, hand);
      expect(palmInView(arm.specs, pose).distanceTo(hand.palm)).toBeLessThan(0.015);
    }
    expect(facingInView(arm.specs, armPose(arm.specs, open)).angleTo(open.facing)).toBeLessThan(0.35);
  });

  it('closes the fingers over the palm for a fist, and opens them flat', () => {
    const tipToPalm = (hand: HandInView) => {
      const world = worldOf(arm.specs, armPose(arm.specs, hand));
      const tip = world.get('middle2_R')!;
      const spec = arm.specs.find((s) => s.name === 'middle2_R')!;
      const end = spec.tail.clone().sub(spec.at).applyQuaternion(tip.turn).add(tip.at);
      return end.distanceTo(world.get('hand_R')!.at);
    };
    expect(tipToPalm(fist)).toBeLessThan(tipToPalm(open) * 0.75);
  });

  it('moves only the arm: the rest of the skeleton keeps its bind pose', () => {
    const pose = armPose(arm.specs, open);
    expect([...pose.keys()].every((name) => name.endsWith('_R'))).toBe(true);
    arm.blend(pose, armPose(arm.specs, fist), 0.5);
    expect(arm.bones.get('hips')!.quaternion.w).toBe(1);
  });
});
