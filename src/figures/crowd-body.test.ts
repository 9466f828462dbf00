import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { buildCrowdBody, crowdJoints } from './crowd-body';
import { CROWD_BONE_COUNT, CROWD_DETAILS, CROWD_SLOT } from './crowd-detail';

const KINDS = ['man', 'woman', 'child'] as const;
const SLOTS = new Set<number>(Object.values(CROWD_SLOT));

describe('crowd bodies', () => {
  for (const detail of CROWD_DETAILS) {
    it(`${detail.name}: the same corners in the same order for a man, a woman and a child`, () => {
      const [man, woman, child] = KINDS.map((kind) => buildCrowdBody(kind, detail));
      for (const other of [woman!, child!]) {
        expect(other.getAttribute('position').count).toBe(man!.getAttribute('position').count);
        expect([...other.index!.array]).toEqual([...man!.index!.array]);
        expect([...other.getAttribute('aRig').array].filter((_, i) => i % 4 === 2)).toEqual([...man!.getAttribute('aRig').array].filter((_, i) => i % 4 === 2));
      }
    });

    it(`${detail.name}: every corner follows a known bone with a bend from 0 to 1, takes a known colour, and is finite`, () => {
      for (const kind of KINDS) {
        const body = buildCrowdBody(kind, detail);
        const rig = body.getAttribute('aRig');
        const position = body.getAttribute('position');
        const normal = body.getAttribute('normal');
        for (let i = 0; i < rig.count; i += 1) {
          expect(Number.isInteger(rig.getX(i)) && rig.getX(i) >= 0 && rig.getX(i) < CROWD_BONE_COUNT).toBe(true);
          expect(rig.getY(i)).toBeGreaterThanOrEqual(0);
          expect(rig.getY(i)).toBeLessThanOrEqual(1);
          expect(SLOTS.has(rig.getZ(i))).toBe(true);
          expect(rig.getW(i)).toBeGreaterThan(0.4);
          expect(rig.getW(i)).toBeLessThanOrEqual(1);
          for (const a of [position, normal]) for (const v of [a.getX(i), a.getY(i), a.getZ(i)]) expect(Number.isFinite(v)).toBe(true);
        }
      }
    });
  }

  it('stands on the ground at about its build height, facing -z, the nose forward', () => {
    for (const kind of KINDS) {
      const body = buildCrowdBody(kind, CROWD_DETAILS[0]!);
      body.computeBoundingBox();
      const box = body.boundingBox!;
      expect(box.min.y).toBeGreaterThanOrEqual(-0.01);
      expect(box.min.y).toBeLessThan(0.03);
      const tall = { man: 1.86, woman: 1.7, child: 1.22 }[kind];
      // Hats and a cloud over the head reach above the crown.
      expect(box.max.y).toBeGreaterThan(tall * 0.97);
      const rig = body.getAttribute('aRig');
      const position = body.getAttribute('position');
      let nose = new Vector3(0, 0, 0);
      for (let i = 0; i < rig.count; i += 1)
        if (rig.getZ(i) === CROWD_SLOT.skin && rig.getX(i) === 2 && position.getZ(i) < nose.z) nose = new Vector3().fromBufferAttribute(position, i);
      expect(nose.z).toBeLessThan(-0.08);
    }
  });

  it('is cheap: at most 560, 120, 50 and 30 triangles a body from near to distant', () => {
    const most = [560, 120, 50, 30];
    CROWD_DETAILS.forEach((detail, i) => expect(buildCrowdBody('man', detail).index!.count / 3).toBeLessThanOrEqual(most[i]!));
  });

  it('turns its limbs about the skeleton’s joints: shoulders at shoulder height, left at -x', () => {
    for (const kind of KINDS) {
      const joints = crowdJoints(kind);
      expect(joints).toHaveLength(CROWD_BONE_COUNT);
      expect(joints[3]!.x).toBeLessThan(0);
      expect(joints[5]!.x).toBeGreaterThan(0);
      expect(joints[3]!.y).toBeGreaterThan(joints[1]!.y);
      expect(joints[8]!.y).toBeLessThan(joints[7]!.y);
    }
  });
});
