import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { worldColliderFor } from '../player/collision';
import type { Box } from '../scenes/types';
import { castArc, createTeleportArc } from './teleport-arc';

/** A 10 m room with a floor, a dividing wall at z = -3 (x from -5 to 2), and a pillar. */
const ROOM: Box[] = [
  { center: [0, -0.5, 0], size: [12, 1, 12] },
  { center: [0, 2, -5.5], size: [12, 4, 1] },
  { center: [0, 2, 5.5], size: [12, 4, 1] },
  { center: [-5.5, 2, 0], size: [1, 4, 12] },
  { center: [5.5, 2, 0], size: [1, 4, 12] },
  { center: [-1.5, 2, -3], size: [7, 4, 0.3] },
  { center: [3, 0.5, 2], size: [1, 1, 1] },
];
const world = worldColliderFor(ROOM);
const feet = new Vector3(0, 0, 0);
const hand = new Vector3(0.2, 1.3, -0.2);

function aimed(yawDegrees: number, pitchDegrees: number): Vector3 {
  const yaw = (yawDegrees * Math.PI) / 180;
  const pitch = (pitchDegrees * Math.PI) / 180;
  return new Vector3(-Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch));
}

describe('teleport arc', () => {
  it('comes down on open floor ahead, a few metres away', () => {
    const arc = castArc(hand, aimed(0, -25), world, feet, createTeleportArc());
    expect(arc.verdict).toBe('ok');
    expect(arc.target.y).toBeCloseTo(0, 3);
    expect(arc.target.z).toBeLessThan(-1);
    expect(arc.target.z).toBeGreaterThan(-3);
    expect(arc.count).toBeGreaterThan(3);
    // The drawn arc ends on the target.
    expect(arc.points[arc.count - 1]!.distanceTo(arc.target)).toBeLessThan(1e-6);
  });

  it('stops at a wall in its way and refuses it: never through it', () => {
    // Straight ahead and up: the dividing wall at z = -3 is in the way.
    const arc = castArc(hand, aimed(0, 20), world, feet, createTeleportArc());
    expect(arc.verdict).toBe('not-floor');
    expect(arc.target.z).toBeGreaterThan(-3.2);
    for (let i = 0; i < arc.count; i += 1) expect(arc.points[i]!.z).toBeGreaterThan(-3.2);
  });

  it('refuses floor with no room for a body (right against the pillar)', () => {
    const nearPillar = new Vector3(2.35, 0.01, 2);
    const arc = createTeleportArc();
    // Aim steeply down at a point beside the pillar from just above it.
    castArc(new Vector3(2.35, 1.2, 2), new Vector3(0, -1, 0), world, feet, arc);
    expect(arc.target.distanceTo(nearPillar)).toBeLessThan(0.05);
    expect(arc.verdict).toBe('no-room');
  });

  it('refuses a place whose straight way crosses a wall, even when the arc came over it', () => {
    // A wall to the chest, 2 m ahead: the arc clears its top and lands beyond it.
    const yard = worldColliderFor([
      { center: [0, -0.5, 0], size: [30, 1, 30] },
      { center: [0, 0.6, -2], size: [6, 1.2, 0.3] },
    ]);
    const arc = castArc(hand, aimed(0, 20), yard, feet, createTeleportArc());
    expect(arc.target.z).toBeLessThan(-2.5);
    expect(arc.target.y).toBeCloseTo(0, 3);
    expect(arc.verdict).toBe('blocked');
  });

  it('throws into the void: no target', () => {
    const arc = castArc(new Vector3(0, 50, 0), aimed(0, 80), worldColliderFor([{ center: [0, -0.5, 0], size: [2, 1, 2] }]), feet, createTeleportArc());
    expect(arc.verdict).toBe('none');
  });
});
