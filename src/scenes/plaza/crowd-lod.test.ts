import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { CROWD } from './config';
import { CROWD_BUDGET, buildCrowdLods } from './crowd-lod';
import { HAT, KIND } from './crowd-style';
import { BEHAVIOUR } from './layout';

describe('the crowd at its levels of detail', () => {
  const lods = buildCrowdLods();
  const per = (name: string) =>
    lods.flatMap((lod) => {
      const a = lod.geometry.getAttribute(name);
      return Array.from({ length: lod.geometry.instanceCount }, (_, i) => [a.getX(i), a.getY(i), a.getZ(i), a.getW(i)]);
    });

  it('draws every one of its 2,400 people, once, in a few instanced draws within the budget', () => {
    expect(CROWD.count).toBeGreaterThanOrEqual(2000);
    expect(lods.reduce((n, lod) => n + lod.geometry.instanceCount, 0)).toBe(CROWD.count);
    expect(lods.length).toBeLessThanOrEqual(CROWD_BUDGET.draws);
    const triangles = lods.reduce((n, lod) => n + (lod.geometry.index!.count / 3) * lod.geometry.instanceCount, 0);
    expect(triangles).toBeLessThanOrEqual(CROWD_BUDGET.triangles);
    let next = 0;
    for (const lod of lods) {
      expect(lod.first).toBe(next);
      next += lod.geometry.instanceCount;
    }
  });

  it('gives the front ranks the finest body: the layout is nearest first', () => {
    const nearest = (lod: (typeof lods)[number]) => {
      const place = lod.geometry.getAttribute('aPlace');
      return Math.max(...Array.from({ length: place.count }, (_, i) => place.getY(i)));
    };
    expect(nearest(lods[0]!)).toBeLessThan(nearest(lods[1]!));
    expect(lods[0]!.geometry.index!.count).toBeGreaterThan(lods[2]!.geometry.index!.count);
  });

  it('varies build, hats, hair and colouring person to person, every value in range', () => {
    const style = per('aStyle');
    const tint = per('aTint');
    const look = per('aLook');
    for (const [kind, girth, hat, hair] of style) {
      expect([KIND.man, KIND.woman, KIND.child]).toContain(kind);
      expect(girth).toBeGreaterThanOrEqual(0.85);
      expect(girth).toBeLessThanOrEqual(1.2);
      expect([HAT.none, HAT.fedora, HAT.beanie]).toContain(hat);
      expect([0, 1]).toContain(hair);
    }
    for (const values of tint) for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
    const share = (test: (s: number[]) => boolean) => style.filter(test).length / style.length;
    for (const kind of Object.values(KIND)) expect(share((s) => s[0] === kind)).toBeGreaterThan(0.05);
    expect(share((s) => s[2] === HAT.fedora)).toBeGreaterThan(0.05);
    expect(share((s) => s[2] === HAT.beanie)).toBeGreaterThan(0.1);
    expect(share((s) => s[3] === 1)).toBeGreaterThan(0.2);
    const spread = (k: number) => Math.max(...tint.map((t) => t[k]!)) - Math.min(...tint.map((t) => t[k]!));
    expect(spread(0)).toBeGreaterThan(0.9);
    expect(spread(1)).toBeGreaterThan(0.9);
    // The children flying loops over the crowd are children.
    look.forEach((l, i) => l[1] === BEHAVIOUR.childFlight && expect(style[i]![0]).toBe(KIND.child));
  });

  it('keeps each level within the box its culling reads', () => {
    for (const lod of lods) {
      const place = lod.geometry.getAttribute('aPlace');
      for (let i = 0; i < place.count; i += 1) expect(lod.bounds.containsPoint(new Vector3(place.getX(i), 1.7, place.getY(i)))).toBe(true);
    }
  });
});
