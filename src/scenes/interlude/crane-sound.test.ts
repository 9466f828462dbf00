import { describe, expect, it } from 'vitest';
import { CRANE_SECONDS } from './crane-timeline';
import { craneMotor, hookSpeed } from './crane-sound';

describe("the crane's motor", () => {
  it('is silent before the crane moves and after it is done', () => {
    expect(craneMotor(-1).level).toBe(0);
    expect(craneMotor(CRANE_SECONDS + 1).level).toBe(0);
  });

  it('whines while the hook moves, higher as it goes faster', () => {
    const times = Array.from({ length: 100 }, (_, i) => (i / 100) * CRANE_SECONDS);
    const moving = times.filter((t) => craneMotor(t).level > 0.3);
    expect(moving.length).toBeGreaterThan(40);
    const fastest = times.reduce((best, t) => (hookSpeed(t) > hookSpeed(best) ? t : best), 0);
    expect(craneMotor(fastest).pitch).toBeGreaterThan(craneMotor(0.05).pitch);
    for (const t of times) {
      expect(craneMotor(t).pitch).toBeGreaterThan(50);
      expect(craneMotor(t).pitch).toBeLessThan(400);
    }
  });
});
