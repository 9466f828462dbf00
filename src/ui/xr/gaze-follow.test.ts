import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { angleBetween, createGazeFollow, FOLLOW_ANGLE, MIN_SCALE, PANEL_DISTANCE, PANEL_DROP, stepGazeFollow, WALL_MARGIN, type ClearAhead } from './gaze-follow';

const eyes = new Vector3(0, 1.6, 0);

describe('a panel that follows the gaze lazily', () => {
  it('appears in front of the eyes, a little below, at reading distance', () => {
    const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0);
    expect(panel.position.x).toBeCloseTo(0);
    expect(panel.position.y).toBeCloseTo(1.6 - PANEL_DROP);
    expect(panel.position.z).toBeCloseTo(-PANEL_DISTANCE);
  });

  it('stays put while the head glances less than the follow angle away', () => {
    const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0);
    const before = panel.position.clone();
    for (let i = 0; i < 60; i += 1) stepGazeFollow(panel, eyes, FOLLOW_ANGLE * 0.9, 1 / 60);
    expect(panel.position.distanceTo(before)).toBeLessThan(1e-9);
  });

  it('eases (not jumps) toward the new gaze once the head turns further, and settles there', () => {
    const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0);
    const turned = Math.PI / 2; // looking down -X
    stepGazeFollow(panel, eyes, turned, 1 / 60);
    expect(panel.position.x).toBeGreaterThan(-0.2); // one frame: barely moved
    for (let i = 0; i < 5 * 60; i += 1) stepGazeFollow(panel, eyes, turned, 1 / 60);
    expect(panel.position.x).toBeCloseTo(-PANEL_DISTANCE, 2);
    expect(panel.position.z).toBeCloseTo(0, 2);
    expect(panel.yaw).toBeCloseTo(turned, 2);
  });

  it('eases the same at 72 and 90 Hz', () => {
    const at = (hz: number) => {
      const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0);
      for (let i = 0; i < hz / 2; i += 1) stepGazeFollow(panel, eyes, Math.PI / 2, 1 / hz);
      return panel.position.x;
    };
    expect(at(72)).toBeCloseTo(at(90), 6);
  });

  it('turns the short way round', () => {
    expect(angleBetween(3, -3)).toBeCloseTo(2 * Math.PI - 6);
    expect(angleBetween(-3, 3)).toBeCloseTo(6 - 2 * Math.PI);
  });

  describe('before a wall', () => {
    /** A wall across the way at z = wallZ (facing +Z), as the collision world would report it. */
    const wallAt =
      (wallZ: number): ClearAhead =>
      (from, direction) =>
        direction.z < 0 ? (wallZ - from.z) / direction.z : Infinity;
    const reach = (p: Vector3) => p.distanceTo(eyes);

    it('comes in front of a wall nearer than reading distance, shrunk to look the same size', () => {
      const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0, wallAt(-1.1));
      expect(panel.position.z).toBeGreaterThan(-1.1);
      expect(panel.position.z).toBeCloseTo(-1.1 + WALL_MARGIN * (PANEL_DISTANCE / Math.hypot(PANEL_DISTANCE, PANEL_DROP)), 3);
      // Same direction from the eyes, so the same place in view; scaled by its distance.
      expect(panel.position.y - eyes.y).toBeCloseTo((panel.position.z / -PANEL_DISTANCE) * -PANEL_DROP, 6);
      expect(panel.scale).toBeCloseTo(reach(panel.position) / Math.hypot(PANEL_DISTANCE, PANEL_DROP), 6);
    });

    it('stays at reading distance, full size, where the wall is further', () => {
      const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0, wallAt(-3));
      expect(panel.position.z).toBeCloseTo(-PANEL_DISTANCE);
      expect(panel.scale).toBe(1);
    });

    it('is pulled in at once when the player walks up to a wall, and eases back out when they step away', () => {
      const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0, wallAt(-5));
      const walker = eyes.clone();
      // Walking up to 0.75 m from the wall, each frame the panel is in front of it.
      for (let i = 0; i < 130; i += 1) {
        walker.z -= 1.5 / 60;
        stepGazeFollow(panel, walker, 0, 1 / 60, wallAt(-4));
        expect(panel.position.z).toBeGreaterThan(-4);
      }
      expect(panel.scale).toBeLessThan(1);
      // Back away: it grows back to full size over time, not in one frame.
      walker.z = 0;
      stepGazeFollow(panel, walker, 0, 1 / 60, wallAt(-4));
      expect(panel.scale).toBeLessThan(0.95);
      for (let i = 0; i < 5 * 60; i += 1) stepGazeFollow(panel, walker, 0, 1 / 60, wallAt(-4));
      expect(panel.scale).toBeCloseTo(1, 3);
      expect(panel.position.z).toBeCloseTo(-PANEL_DISTANCE, 2);
    });

    it('never comes closer than its least distance (beyond the hands), even with the face at a wall', () => {
      const panel = stepGazeFollow(createGazeFollow(), eyes, 0, 0, wallAt(-0.05));
      expect(reach(panel.position)).toBeCloseTo(MIN_SCALE * Math.hypot(PANEL_DISTANCE, PANEL_DROP), 6);
      expect(panel.scale).toBeCloseTo(MIN_SCALE, 6);
    });
  });
});
