import { describe, expect, it } from 'vitest';
import { boyOnFeet, createBoyStand, MEET_DISTANCE, RUN_SPEED, runUpTo } from './boy-run';
import { CRANE_ROOM, MICHAEL_SPOT, PIT } from './layout';
import { createWalker, healthWorker, WALK_IN_SECONDS } from './ushering';

const turnTo = (from: { x: number; z: number }, to: { x: number; z: number }) => Math.atan2(to.x - from.x, to.z - from.z);
const angleBetween = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

describe('the boy runs up to Neo when he kneels', () => {
  it('from farther off than arm’s length: stops just in front of Neo, turned to him, after a child’s trot', () => {
    const stand = createBoyStand();
    const neo = { x: -2.2, z: -1.2 };
    expect(runUpTo(stand, neo)).toBe(true);
    expect(Math.hypot(stand.x - neo.x, stand.z - neo.z)).toBeCloseTo(MEET_DISTANCE, 5);
    expect(angleBetween(stand.heading, turnTo(stand, neo))).toBeLessThan(1e-9);
    const run = Math.hypot(stand.x - MICHAEL_SPOT[0], stand.z - MICHAEL_SPOT[2]);
    expect(stand.seconds).toBeCloseTo(run / RUN_SPEED, 5);

    const before = boyOnFeet(stand, -1, createWalker());
    expect(before).toMatchObject({ x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2], walking: false });
    const halfway = boyOnFeet(stand, stand.seconds / 2, createWalker());
    expect(halfway.walking).toBe(true);
    expect(angleBetween(halfway.heading, turnTo({ x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2] }, stand))).toBeLessThan(1e-9);
    expect(boyOnFeet(stand, stand.seconds + 1, createWalker())).toMatchObject({ x: stand.x, z: stand.z, walking: false, heading: stand.heading });
  });

  it('not when Neo kneels close by: he stays where the crane set him down', () => {
    const stand = createBoyStand();
    expect(runUpTo(stand, { x: MICHAEL_SPOT[0] - 0.3, z: MICHAEL_SPOT[2] + 1.5 })).toBe(false);
    expect(boyOnFeet(stand, 5, createWalker())).toMatchObject({ x: MICHAEL_SPOT[0], z: MICHAEL_SPOT[2], walking: false });
  });

  it('never off the deck: not into the walls, the doorway or the canal’s pit', () => {
    for (const neo of [
      { x: 3.4, z: -0.2 },
      { x: -3.4, z: -6.8 },
      { x: 0.4, z: 3 },
    ]) {
      const stand = createBoyStand();
      runUpTo(stand, neo);
      expect(stand.x).toBeGreaterThan(CRANE_ROOM.minX);
      expect(stand.x).toBeLessThan(CRANE_ROOM.maxX);
      expect(stand.z).toBeLessThan(CRANE_ROOM.maxZ);
      expect(stand.z).toBeGreaterThan(PIT.z + PIT.half);
    }
  });

  it('and the health workers then come to wait behind him where he stands, turned to him', () => {
    const stand = createBoyStand();
    runUpTo(stand, { x: -2, z: -1 });
    for (const i of [0, 1] as const) {
      const waiting = healthWorker(i, WALK_IN_SECONDS + 1, null, stand, createWalker());
      expect(Math.hypot(waiting.x - stand.x, waiting.z - stand.z)).toBeLessThan(1.2);
      expect(angleBetween(waiting.heading, turnTo(waiting, stand))).toBeLessThan(0.1);
    }
  });
});
