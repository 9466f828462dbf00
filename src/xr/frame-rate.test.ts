import { describe, expect, it } from 'vitest';
import { pickFrameRate } from './frame-rate';

describe('the session frame rate', () => {
  it('is 90 Hz where offered, else 72, never 120', () => {
    expect(pickFrameRate([72, 80, 90, 120])).toBe(90);
    expect(pickFrameRate(new Float32Array([72, 120]))).toBe(72);
    expect(pickFrameRate([60, 120])).toBe(60);
    expect(pickFrameRate([120])).toBe(false);
    expect(pickFrameRate([])).toBe(false);
  });
});
