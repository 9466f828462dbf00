import { describe, expect, it } from 'vitest';
import { storyIndex } from '../story/story-index';
import { createHoldOut, HOLD_OUT_CHOICES, HOLD_SECONDS, isHeldOut, offeredPills, stepHoldOut, type Pill } from './hold-out';

const eyes = { x: 0, y: 1.6, z: 0 };
/** Smith three metres ahead, a little to the left, chest height. */
const smith = { x: -1, y: 1.4, z: -3 };
const toward = (metres: number, drop = 0.2) => {
  const d = Math.hypot(smith.x, smith.z);
  return { x: (smith.x / d) * metres, y: eyes.y - drop, z: (smith.z / d) * metres };
};
const both = (red: boolean, blue: boolean): Record<Pill, boolean> => ({ red, blue });

describe('holding a pill out toward Smith', () => {
  it('counts an arm stretched toward him, not a hand at rest or held to the side', () => {
    expect(isHeldOut(toward(0.6), eyes, smith)).toBe(true);
    // The emulator's rest pose for the left controller: 0.48 m from the eyes.
    expect(isHeldOut({ x: -0.25, y: 1.5, z: -0.4 }, eyes, smith)).toBe(false);
    expect(isHeldOut(toward(0.35), eyes, smith)).toBe(false);
    // Far out, but to the right, away from him.
    expect(isHeldOut({ x: 0.6, y: 1.4, z: -0.3 }, eyes, smith)).toBe(false);
    // Straight down at arm's length.
    expect(isHeldOut({ x: 0, y: 1.0, z: -0.1 }, eyes, smith)).toBe(false);
  });

  it('does not count when Smith is out of reach of the gesture', () => {
    const far = { x: -1, y: 1.4, z: -9 };
    expect(isHeldOut({ x: -0.07, y: 1.5, z: -0.65 }, eyes, far)).toBe(false);
  });

  it('chooses once, after the hold has lasted, and only when lowered and held out again', () => {
    const state = createHoldOut();
    const offered = both(true, true);
    expect(stepHoldOut(state, both(true, false), offered, HOLD_SECONDS * 0.6)).toBeNull();
    expect(stepHoldOut(state, both(true, false), offered, HOLD_SECONDS * 0.6)).toBe('red');
    // Still held out: nothing more.
    for (let i = 0; i < 5; i += 1) expect(stepHoldOut(state, both(true, false), offered, HOLD_SECONDS)).toBeNull();
    // Lowered, then held out again: it may choose again.
    stepHoldOut(state, both(false, false), offered, 0.1);
    stepHoldOut(state, both(true, false), offered, HOLD_SECONDS / 2);
    expect(stepHoldOut(state, both(true, false), offered, HOLD_SECONDS / 2)).toBe('red');
  });

  it('a hand that swings past, or stops short of the hold, chooses nothing', () => {
    const state = createHoldOut();
    const offered = both(true, true);
    for (let i = 0; i < 10; i += 1) {
      expect(stepHoldOut(state, both(true, false), offered, HOLD_SECONDS * 0.4)).toBeNull();
      expect(stepHoldOut(state, both(false, false), offered, 0.05)).toBeNull();
    }
  });

  it('two offered pills held out together are ambiguous: neither chooses', () => {
    const state = createHoldOut();
    for (let i = 0; i < 5; i += 1) expect(stepHoldOut(state, both(true, true), both(true, true), HOLD_SECONDS)).toBeNull();
    // Where only one of them would choose, that one does.
    const question = createHoldOut();
    stepHoldOut(question, both(true, true), both(false, true), HOLD_SECONDS / 2);
    expect(stepHoldOut(question, both(true, true), both(false, true), HOLD_SECONDS / 2)).toBe('blue');
  });

  it('a hold only counts while its pill is on offer', () => {
    const state = createHoldOut();
    for (let i = 0; i < 5; i += 1) expect(stepHoldOut(state, both(true, false), both(false, true), HOLD_SECONDS)).toBeNull();
    expect(state.held.red).toBe(0);
    // Offered now, while still held out: it takes the full hold from here.
    expect(stepHoldOut(state, both(true, false), both(true, true), HOLD_SECONDS / 2)).toBeNull();
    expect(stepHoldOut(state, both(true, false), both(true, true), HOLD_SECONDS / 2)).toBe('red');
  });

  it('maps pills to the choices the corridor offers, and every mapped choice exists in the script', () => {
    expect(offeredPills('corridor.offer', ['red-first', 'blue-first'])).toEqual({ red: 'red-first', blue: 'blue-first' });
    expect(offeredPills('corridor.question', ['open-hand', 'press-blue'])).toEqual({ red: null, blue: 'press-blue' });
    expect(offeredPills('corridor.offer', [])).toEqual({ red: null, blue: null });
    expect(offeredPills(null, ['red-first'])).toEqual({ red: null, blue: null });
    for (const [beat, pills] of Object.entries(HOLD_OUT_CHOICES)) {
      const ids = (storyIndex.beat(beat as never)?.choices ?? []).map((c) => c.id);
      for (const id of Object.values(pills ?? {})) expect(ids).toContain(id);
    }
  });
});
