import { describe, expect, it } from 'vitest';
import { bearingOf, captionDirection, describeDirection } from './directions';

const atOrigin = { x: 0, z: 0, yaw: 0 };

describe('directions from the player', () => {
  it('looking down -Z, a point at -Z is ahead, +X right, -X left, +Z behind', () => {
    expect(captionDirection(bearingOf(atOrigin, [0, 0, -5]))).toBe('ahead');
    expect(captionDirection(bearingOf(atOrigin, [5, 0, 0]))).toBe('right');
    expect(captionDirection(bearingOf(atOrigin, [-5, 0, 0]))).toBe('left');
    expect(captionDirection(bearingOf(atOrigin, [0, 0, 5]))).toBe('behind');
    expect(captionDirection(bearingOf(atOrigin, [4, 0, -4]))).toBe('ahead right');
    expect(captionDirection(bearingOf(atOrigin, [-4, 0, 4]))).toBe('behind left');
  });

  it('turns with the player: after a quarter turn left, what was left is ahead', () => {
    const turned = { x: 0, z: 0, yaw: Math.PI / 2 };
    expect(captionDirection(bearingOf(turned, [-5, 0, 0]))).toBe('ahead');
    expect(captionDirection(bearingOf(turned, [0, 0, -5]))).toBe('right');
  });

  it('says far beyond thirty metres', () => {
    expect(captionDirection(bearingOf(atOrigin, [-60, 0, 0]))).toBe('far left');
  });

  it('describes with a distance, or within reach', () => {
    expect(describeDirection(bearingOf(atOrigin, [0, 0, -6]))).toBe('straight ahead, about 6 metres away');
    expect(describeDirection(bearingOf(atOrigin, [1, 0, -1]))).toBe('ahead to the right, within reach');
    expect(describeDirection(bearingOf({ x: 0, z: 10, yaw: 0 }, [0, 0, 60]))).toBe('behind you, far off');
  });
});
