import { describe, expect, it } from 'vitest';
import { MICHAEL_SPOT } from './layout';
import { BACK_DOOR, createWalker, healthWorker, michaelLeaving, USHER_SECONDS, WALK_IN_SECONDS } from './ushering';

/** Where the crane sets the boy down (he stays there unless he runs up to Neo). */
const SPOT = { x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2] };
const near = (w: { x: number; z: number }, x: number, z: number) => Math.hypot(w.x - x, w.z - z);

describe('the health workers usher the boy out', () => {
  it('are out of sight until the boy has given up the chip', () => {
    for (const i of [0, 1] as const) expect(healthWorker(i, null, null, SPOT, createWalker()).shown).toBe(false);
  });

  it('come in from the back door, walking, and wait by the boy, turned to him', () => {
    const start = healthWorker(0, 0, null, SPOT, createWalker());
    expect(near(start, BACK_DOOR[0], BACK_DOOR[1])).toBeLessThan(0.01);
    expect(healthWorker(0, WALK_IN_SECONDS / 2, null, SPOT, createWalker())).toMatchObject({ shown: true, walking: true });
    for (const i of [0, 1] as const) {
      const waiting = healthWorker(i, WALK_IN_SECONDS + 5, null, SPOT, createWalker());
      expect(waiting.walking).toBe(false);
      expect(near(waiting, MICHAEL_SPOT[0], MICHAEL_SPOT[2])).toBeLessThan(1.2);
      // Turned toward the boy: his direction is within a quarter turn of their facing.
      const toBoy = Math.atan2(MICHAEL_SPOT[0] - waiting.x, MICHAEL_SPOT[2] - waiting.z);
      expect(Math.abs(Math.atan2(Math.sin(toBoy - waiting.heading), Math.cos(toBoy - waiting.heading)))).toBeLessThan(0.1);
    }
  });

  it('walk out with him, one either side, and are gone with him at the door', () => {
    const half = USHER_SECONDS / 2;
    const boy = michaelLeaving(half, SPOT, createWalker());
    expect(boy.walking).toBe(true);
    const a = healthWorker(0, 20, half, SPOT, createWalker());
    const b = healthWorker(1, 20, half, SPOT, createWalker());
    expect(near(a, boy.x, boy.z)).toBeCloseTo(0.55, 2);
    expect(near(b, boy.x, boy.z)).toBeCloseTo(0.55, 2);
    expect(near(a, b.x, b.z)).toBeCloseTo(1.1, 2);
    expect(michaelLeaving(USHER_SECONDS, SPOT, createWalker()).shown).toBe(false);
    expect(healthWorker(0, 20, USHER_SECONDS, SPOT, createWalker()).shown).toBe(false);
    expect(michaelLeaving(null, SPOT, createWalker())).toMatchObject({ x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2], shown: true, walking: false });
  });
});
