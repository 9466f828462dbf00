import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { solveElbow } from './reach';

describe('two-bone reach', () => {
  const shoulder = new Vector3(0, 1.5, 0);
  const pole = new Vector3(-1, -1, 0);

  it('keeps both bones their length and brings the hand to a reachable target', () => {
    const target = new Vector3(0.2, 1.7, 0.2);
    const elbow = solveElbow(shoulder, target, 0.3, 0.3, pole, new Vector3());
    expect(elbow.distanceTo(shoulder)).toBeCloseTo(0.3, 4);
    expect(elbow.distanceTo(target)).toBeCloseTo(0.3, 4);
  });

  it('bends toward the pole', () => {
    const elbow = solveElbow(shoulder, new Vector3(0, 1.5, 0.4), 0.3, 0.3, pole, new Vector3());
    expect(elbow.x).toBeLessThan(0);
  });

  it('straightens toward a target out of reach', () => {
    const target = new Vector3(0, 1.5, 2);
    const elbow = solveElbow(shoulder, target, 0.3, 0.3, pole, new Vector3());
    expect(elbow.z).toBeCloseTo(0.3, 3);
  });
});
