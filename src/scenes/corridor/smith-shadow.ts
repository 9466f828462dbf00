import { FIXTURE_ZS, HEIGHT, LIT_FIXTURES, SMITH_DOOR_Z, SMITH_HOME } from './layout';

/** The lit fixture nearest Smith's door (its index among the lit ones). */
function nearestLitLamp(): number {
  let best = 0;
  LIT_FIXTURES.forEach((fixture, i) => {
    if (Math.abs(FIXTURE_ZS[fixture]! - SMITH_DOOR_Z) < Math.abs(FIXTURE_ZS[LIT_FIXTURES[best]!]! - SMITH_DOOR_Z)) best = i;
  });
  return best;
}

const LIT = nearestLitLamp();

/**
 * The lamp whose light throws Smith's shadow onto his door: from the end of the fixture over his
 * door (the tube is 1.2 m long), so his shape falls straight behind him and a little lower, beside
 * his legs and shoulders where Neo, coming down the hall, sees the door past him. Its cone leans
 * toward his wall so the whole door is in it.
 */
export const SMITH_LAMP = {
  lit: LIT,
  position: [0, HEIGHT - 0.35, FIXTURE_ZS[LIT_FIXTURES[LIT]!]! - 0.5] as [number, number, number],
  target: [SMITH_HOME[0] + 0.48, 0, SMITH_DOOR_Z + 0.1] as [number, number, number],
  /** Half the cone, radians: the door's top corners are inside it. */
  angle: 1.2,
  /** One map, small: only Smith draws into it. */
  mapSize: 512,
};

/** How that lamp's light is split: most in the shadow-casting cone, a little all round (its glow on the ceiling). */
export const SMITH_LAMP_SHARE = { spot: 0.95, point: 0.2 };
