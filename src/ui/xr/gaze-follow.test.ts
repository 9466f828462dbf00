import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { angleBetween, createGazeFollow, FOLLOW_ANGLE, PANEL_DISTANCE, PANEL_DROP, stepGazeFollow } from './gaze-follow';

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
});
