import { describe, expect, it } from 'vitest';
import { CONSTANT, HALF_WIDTH, LINE_Z } from './config';
import { layOutCity, layOutCrowd, seededRandom } from './layout';

describe('the plaza layout', () => {
  it('is the same every time for the same seed', () => {
    expect(layOutCrowd(500, 3)).toEqual(layOutCrowd(500, 3));
    expect(layOutCity(5)).toEqual(layOutCity(5));
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it('puts at least 2,000 people, all in the snow behind the weather line', () => {
    const { place } = layOutCrowd();
    expect(place.length / 4).toBeGreaterThanOrEqual(2000);
    for (let i = 0; i < place.length; i += 4) expect(place[i + 1]!).toBeGreaterThan(LINE_Z + 5);
  });

  it('keeps the walkable plaza clear and has exactly one building that never moves', () => {
    const city = layOutCity();
    const constant = city.filter((b) => b.period === 0 && b.style === 3);
    expect(constant).toHaveLength(1);
    expect(constant[0]!.z + constant[0]!.depth / 2).toBeCloseTo(CONSTANT.frontZ);
    for (const b of city.filter((b) => b.style !== 3)) {
      const overlapsX = Math.abs(b.x) - b.width / 2 < HALF_WIDTH;
      const overlapsZ = b.z + b.depth / 2 > CONSTANT.frontZ && b.z - b.depth / 2 < 8;
      expect(overlapsX && overlapsZ).toBe(false);
    }
    expect(city.filter((b) => b.period > 0).length).toBeGreaterThan(40);
  });
});
