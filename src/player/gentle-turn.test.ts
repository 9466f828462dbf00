import { describe, expect, it } from 'vitest';
import { createGentleTurn, easeTurn, requestTurn, stepGentleTurn } from './gentle-turn';

describe('gentle turn', () => {
  it('does nothing until asked', () => {
    expect(stepGentleTurn(createGentleTurn(), 0.1)).toBeNull();
  });

  it('eases from the start yaw to the target over its seconds, then gives control back', () => {
    const turn = createGentleTurn();
    requestTurn(turn, 0, 2, 1.5);
    const early = stepGentleTurn(turn, 0.15)!.yaw;
    const middle = stepGentleTurn(turn, 0.6)!.yaw;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(0.15);
    expect(middle).toBeCloseTo(1, 5);
    expect(stepGentleTurn(turn, 1)!.yaw).toBeCloseTo(2, 5);
    expect(stepGentleTurn(turn, 0.1)).toBeNull();
  });

  it('leaves the pitch alone unless asked, and eases it when asked', () => {
    const turn = createGentleTurn();
    requestTurn(turn, 0, 1, 1);
    expect(stepGentleTurn(turn, 0.5)!.pitch).toBeNull();
    requestTurn(turn, 0, 0, 1, { from: 0, to: -0.4 });
    expect(stepGentleTurn(turn, 0.5)!.pitch).toBeCloseTo(-0.2, 5);
    expect(stepGentleTurn(turn, 0.5)!.pitch).toBeCloseTo(-0.4, 5);
  });

  it('turns the short way round', () => {
    const turn = createGentleTurn();
    requestTurn(turn, 3, -3 + 0.1);
    expect(turn.to - turn.from).toBeCloseTo(2 * Math.PI - 5.9, 5);
  });

  it('starts and ends at rest', () => {
    expect(easeTurn(0)).toBe(0);
    expect(easeTurn(1)).toBe(1);
    expect(easeTurn(0.01)).toBeLessThan(0.001);
    expect(easeTurn(2)).toBe(1);
  });
});
