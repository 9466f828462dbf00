import { CRANE_SECONDS, cranePose, type CranePose } from './crane-timeline';
import { hookSpeed } from './crane-sound';

/**
 * The crane's clanks, in seconds after it sensed the boy, found from its motion (crane-timeline):
 * the hook latching onto him, each stroke ending (the lift, the carry, the lowering), and the
 * hook letting go. Found once by sampling the same function the view draws.
 */
export interface Clank {
  at: number;
  /** 'latch' and 'release' ring the hook's steel; 'stop' is the trolley's clunk at a stroke's end. */
  kind: 'latch' | 'stop' | 'release';
}

const SAMPLE = 0.01;
/** Metres a second: below it the hook is still; a stroke is one that reached MOVING. */
const STILL = 0.05;
const MOVING = 0.3;

let found: Clank[] | null = null;

export function craneClanks(): readonly Clank[] {
  if (found) return found;
  const clanks: Clank[] = [{ at: 0, kind: 'latch' }];
  const pose: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
  let moved = false;
  let held = true;
  for (let s = SAMPLE; s <= CRANE_SECONDS + SAMPLE; s += SAMPLE) {
    const speed = hookSpeed(s);
    if (speed > MOVING) moved = true;
    if (moved && speed < STILL) {
      clanks.push({ at: Math.round(s * 100) / 100, kind: 'stop' });
      moved = false;
    }
    cranePose(s, pose);
    if (held && !pose.holding) {
      clanks.push({ at: Math.round(s * 100) / 100, kind: 'release' });
      held = false;
    }
  }
  found = clanks.sort((a, b) => a.at - b.at);
  return found;
}

/** Calls `visit` with each clank in (from, to], in seconds after the crane sensed him. */
export function eachClank(from: number, to: number, visit: (clank: Clank) => void): void {
  for (const clank of craneClanks()) if (clank.at > from && clank.at <= to) visit(clank);
}
