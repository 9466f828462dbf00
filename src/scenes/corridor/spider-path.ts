import { HALF_WIDTH } from './layout';

/** One crossing of the floor: scuttle, freeze, scuttle; then nothing for a while. Seconds. */
export const SPIDER_CYCLE = 14;

export interface SpiderPlace {
  x: number;
  z: number;
  heading: number;
  /** 0 still, 1 running: the legs move with it. */
  running: number;
}

const START_X = HALF_WIDTH + 0.1;
const END_X = -HALF_WIDTH - 0.1;
const STOPS = [
  { at: 0, x: START_X },
  { at: 1.2, x: 0.55 },
  { at: 2.4, x: 0.55 },
  { at: 3.1, x: -0.3 },
  { at: 3.6, x: -0.3 },
  { at: 4.6, x: END_X },
];

/** Where the spider is at scene time t: it crosses a few metres ahead of the spawn, out of place. */
export function spiderAt(t: number, crossingZ: number): SpiderPlace {
  const cycle = t % SPIDER_CYCLE;
  const z = crossingZ - 0.6 * Math.sin(cycle * 0.7);
  for (let i = 1; i < STOPS.length; i += 1) {
    const a = STOPS[i - 1]!;
    const b = STOPS[i]!;
    if (cycle <= b.at) {
      const k = (cycle - a.at) / (b.at - a.at);
      const running = a.x === b.x ? 0 : 1;
      return { x: a.x + (b.x - a.x) * k, z, heading: -Math.PI / 2 + 0.4 * Math.sin(cycle * 3), running };
    }
  }
  return { x: END_X - 1, z, heading: -Math.PI / 2, running: 0 };
}
