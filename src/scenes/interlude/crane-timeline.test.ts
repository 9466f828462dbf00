import { describe, expect, it } from 'vitest';
import { cranePose, CRANE_SECONDS, HOOK_ABOVE_FEET, type CranePose } from './crane-timeline';
import { MICHAEL_SPOT, PIT } from './layout';

const pose = (): CranePose => ({ x: 0, y: 0, z: 0, holding: false, thrash: 0 });

describe('the crane', () => {
  it('waits down in the canal until it senses him', () => {
    const p = cranePose(-1, pose());
    expect(p.holding).toBe(false);
    expect(p.y - HOOK_ABOVE_FEET).toBeLessThan(-1);
    expect(p.z).toBeCloseTo(PIT.z);
  });

  it('lifts him out, carries him to where he stands, and lets go', () => {
    const up = cranePose(3.5, pose());
    expect(up.holding).toBe(true);
    expect(up.y - HOOK_ABOVE_FEET).toBeGreaterThan(0.2);
    const down = cranePose(7.6, pose());
    expect(down.y - HOOK_ABOVE_FEET).toBeCloseTo(0, 3);
    expect(down.z).toBeCloseTo(MICHAEL_SPOT[2]);
    const done = cranePose(CRANE_SECONDS + 1, pose());
    expect(done.holding).toBe(false);
    expect(done.y).toBeGreaterThan(2.5);
  });
});
