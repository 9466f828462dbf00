import { describe, expect, it } from 'vitest';
import { collapsePhase, collapseSound, fallenAt, sinkRate, type CollapseSound } from './collapse-sound';
import { layOutCity, type Block } from './layout';

const block: Block = { x: 40, z: -20, width: 12, depth: 12, height: 40, period: 20, phase: 0, style: 2 };
const fresh = (): CollapseSound => ({ rumble: 0, distant: 0, crack: 0, glass: 0, x: 0, z: 0 });

describe('the city breaking, heard', () => {
  it("follows the shader's cycle: silent while the block stands, loud while it sinks", () => {
    // u = t / 20: standing until 0.4, trembling, falling 0.5 to 0.66, rebuilding after 0.86.
    expect(collapsePhase(block, 5)).toBeCloseTo(0.25, 9);
    expect(collapsePhase({ period: 0, phase: 3 }, 5)).toBe(0);
    expect(collapseSound([block], 5, 0, 0, fresh()).rumble).toBe(0);
    const falling = collapseSound([block], 20 * 0.58, 0, 0, fresh());
    expect(falling.rumble).toBeGreaterThan(0.8);
    expect(collapseSound([block], 20 * 0.9, 0, 0, fresh()).rumble).toBe(0);
  });

  it('roars loudest when the facade sinks fastest, and cracks as it gives way', () => {
    let loudest = 0;
    let steepest = 0;
    let best = 0;
    for (let u = 0.45; u < 0.7; u += 0.001) {
      const rate = fallenAt(u + 0.001) - fallenAt(u);
      if (rate > steepest) {
        steepest = rate;
        best = u;
      }
      if (sinkRate(u) > sinkRate(loudest)) loudest = u;
    }
    expect(Math.abs(loudest - best)).toBeLessThan(0.005);
    expect(collapseSound([block], 20 * 0.5 + 0.05, 0, 0, fresh()).crack).toBeGreaterThan(0.3);
    expect(collapseSound([block], 20 * 0.5 - 0.05, 0, 0, fresh()).crack).toBe(0);
  });

  it('shatters glass while the block trembles, and places the sound at the loudest block', () => {
    const shaking = collapseSound([block], 20 * 0.44, 0, 0, fresh());
    expect(shaking.glass).toBeGreaterThan(0.2);
    expect(shaking.rumble).toBe(0);
    const near = { ...block, x: 50, z: 0 };
    const far = { ...block, x: 200, z: 0 };
    const both = collapseSound([far, near], 20 * 0.58, 0, 0, fresh());
    expect([both.x, both.z]).toEqual([50, 0]);
    expect(collapseSound([near], 11.6, 0, 0, fresh()).rumble).toBeGreaterThan(collapseSound([far], 11.6, 0, 0, fresh()).rumble * 2);
  });

  it('makes the plaza rumble now and then, not all the time', () => {
    const city = layOutCity();
    const out = fresh();
    const rumbles = Array.from({ length: 600 }, (_, i) => collapseSound(city, i * 0.2, 0, 1, out).rumble);
    const loud = rumbles.filter((r) => r > 0.3).length / rumbles.length;
    expect(loud).toBeGreaterThan(0.05);
    expect(loud).toBeLessThan(0.9);
    const distant = Array.from({ length: 600 }, (_, i) => collapseSound(city, i * 0.2, 0, 1, out).distant);
    expect(Math.min(...distant)).toBeGreaterThan(0);
  });
});
