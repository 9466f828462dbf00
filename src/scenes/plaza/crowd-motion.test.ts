import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { CROWD_BONE } from '../../figures/crowd-detail';
import { CROWD, PORTAL } from './config';
import { crowdBounds } from './crowd-bounds';
import { crowdBoneTurn, crowdRoot, type CrowdPerson } from './crowd-motion';
import { BEHAVIOUR, layOutCrowd } from './layout';

const { place, look } = layOutCrowd(CROWD.count);
const person = (i: number): CrowdPerson => ({ place: place.subarray(i * 4, i * 4 + 4), look: look.subarray(i * 4, i * 4 + 4) });
const people = Array.from({ length: CROWD.count }, (_, i) => person(i));
const first = (behaviour: number, extra = (_p: CrowdPerson) => true) => people.find((p) => p.look[1] === behaviour && extra(p))!;
const BONES = Object.values(CROWD_BONE);

describe('the crowd’s motion', () => {
  it('is a function of scene time alone: the same time gives the same pose, whatever came before', () => {
    for (const p of people.slice(0, 300)) {
      for (const t of [0, 3.7, 61.25]) {
        const a = JSON.stringify([crowdRoot(p, t, PORTAL.position), BONES.map((b) => crowdBoneTurn(p, b, t))]);
        crowdRoot(p, t + 11, PORTAL.position);
        expect(JSON.stringify([crowdRoot(p, t, PORTAL.position), BONES.map((b) => crowdBoneTurn(p, b, t))])).toBe(a);
      }
    }
  });

  it('moves smoothly: no bone jumps between frames a 60th of a second apart', () => {
    for (const p of people.filter((_, i) => i % 20 === 0)) {
      for (let t = 0; t < 30; t += 0.61) {
        for (const b of BONES) {
          const [a, c] = [crowdBoneTurn(p, b, t), crowdBoneTurn(p, b, t + 1 / 60)];
          for (let k = 0; k < 3; k += 1) expect(Math.abs(a[k]! - c[k]!)).toBeLessThan(0.2);
        }
      }
    }
  });

  it('stays inside the box the crowd is culled by, rising, looping and flying to the portal', () => {
    const box = crowdBounds(place, PORTAL.position);
    for (const p of people) {
      for (let t = 0; t < 60; t += 2.3) {
        const { offset, scale } = crowdRoot(p, t, PORTAL.position);
        const feet = new Vector3(p.place[0]! + offset[0], offset[1], p.place[1]! + offset[2]);
        expect(box.containsPoint(feet)).toBe(true);
        expect(box.containsPoint(feet.clone().add(new Vector3(0, 2.2 * scale, 0)))).toBe(true);
      }
    }
  });

  it('does what the staging asks: wavers raise their arms, flying children spread theirs, the risen leave the ground', () => {
    const cheering = first(BEHAVIOUR.waving, (p) => p.look[3]! >= 0.45);
    expect(Math.abs(crowdBoneTurn(cheering, CROWD_BONE.upperArmL, 5)[2])).toBeGreaterThan(2);
    const child = first(BEHAVIOUR.childFlight);
    expect(Math.abs(crowdBoneTurn(child, CROWD_BONE.upperArmR, 5)[2])).toBeGreaterThan(1.1);
    expect(crowdRoot(child, 5, PORTAL.position).offset[1]).toBeGreaterThan(2.9);
    const riser = first(BEHAVIOUR.rising);
    const heights = Array.from({ length: 44 }, (_, k) => crowdRoot(riser, k * 0.5, PORTAL.position).offset[1]);
    expect(Math.max(...heights)).toBeGreaterThan(3.9);
    expect(Math.min(...heights)).toBe(0);
    const shaper = first(BEHAVIOUR.waving, (p) => p.look[3]! < 0.45);
    expect(crowdBoneTurn(shaper, CROWD_BONE.upperArmR, 2)[0]).toBeGreaterThan(0.7);
  });
});
