import { describe, expect, it } from 'vitest';
import { buildFigureGeometry } from './figure-geometry';
import { SMITH_PALETTE } from './palette';

describe('figure geometry', () => {
  for (const body of ['man', 'woman', 'child'] as const) {
    it(`weighs every vertex of a ${body} to at most four bones, summing to 1`, () => {
      const figure = buildFigureGeometry({
        body,
        palette: SMITH_PALETTE,
        outfit: body === 'child' ? 'shirt' : body === 'woman' ? 'coat' : 'suit',
        hair: body === 'woman' ? 'long' : 'slicked',
        earpiece: body === 'man',
      });
      for (const geometry of [figure.skin, figure.cloth, figure.hair, figure.eyes]) {
        const weights = geometry.getAttribute('skinWeight');
        const indices = geometry.getAttribute('skinIndex');
        expect(weights.count).toBe(geometry.getAttribute('position').count);
        for (let i = 0; i < weights.count; i += 1) {
          const sum = weights.getX(i) + weights.getY(i) + weights.getZ(i) + weights.getW(i);
          expect(Math.abs(sum - 1)).toBeLessThan(1e-5);
          expect(indices.getX(i)).toBeLessThan(figure.bones.length);
          for (let k = 0; k < 3; k += 1) expect(Number.isFinite(geometry.getAttribute('position').array[i * 3 + k])).toBe(true);
        }
      }
    });
  }
});
