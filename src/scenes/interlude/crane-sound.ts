import { CRANE_SECONDS, cranePose, type CranePose } from './crane-timeline';

const a: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
const b: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
const STEP = 0.05;

/** How fast the hook moves at seconds after the crane sensed him, metres a second (pure). */
export function hookSpeed(seconds: number): number {
  if (seconds < 0 || seconds > CRANE_SECONDS + STEP) return 0;
  cranePose(seconds - STEP / 2, a);
  cranePose(seconds + STEP / 2, b);
  return Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z) / STEP;
}

/**
 * The crane's motor: its whine rises with the hook's speed (a geared electric motor), silent
 * at rest; `load` is the weight on it (the boy) that lowers the pitch a little.
 */
export function craneMotor(seconds: number, out = { pitch: 0, level: 0 }): { pitch: number; level: number } {
  const speed = hookSpeed(seconds);
  cranePose(Math.max(0, seconds), a);
  const load = a.holding ? 0.88 : 1;
  out.level = Math.min(1, speed / 0.6);
  out.pitch = (70 + 260 * Math.min(1, speed / 0.8)) * load;
  return out;
}
