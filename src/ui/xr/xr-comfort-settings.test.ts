import { describe, expect, it } from 'vitest';
import { nextTurning, turningLabel } from './XrComfortSettings';

describe('turning choices on the headset panel', () => {
  it('steps through the snap angles, then smooth, then back to the first snap', () => {
    let turning = { xrTurn: 'snap' as const, snapAngle: 30 as const } as Parameters<typeof nextTurning>[0];
    const seen: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      seen.push(turningLabel(turning));
      turning = nextTurning(turning);
    }
    expect(seen).toEqual(['Turning: snap 30°', 'Turning: snap 45°', 'Turning: snap 60°', 'Turning: snap 90°', 'Turning: smooth', 'Turning: snap 30°']);
  });
});
