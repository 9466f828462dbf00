import { CONSTANT, CROWD, HALF_WIDTH, LAKE, LINE_Z } from './config';

/** A small seeded generator (mulberry32): the same seed lays out the same plaza every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a figure in the crowd behaves; the vertex shader reads it. */
export const BEHAVIOUR = { idle: 0, rising: 1, pillFlight: 2, childFlight: 3, waving: 4 } as const;

export interface CrowdLayout {
  /** Per figure: x, z, heading, scale. */
  place: Float32Array;
  /** Per figure: colour seed, behaviour, time offset, seed. */
  look: Float32Array;
}

function pickBehaviour(r: number): number {
  if (r < 0.08) return BEHAVIOUR.rising;
  if (r < 0.13) return BEHAVIOUR.pillFlight;
  if (r < 0.16) return BEHAVIOUR.childFlight;
  if (r < 0.3) return BEHAVIOUR.waving;
  return BEHAVIOUR.idle;
}

/** Sorts figures front to back from the plaza, so the depth test spares the ones hidden behind. */
function nearestFirst(place: Float32Array, look: Float32Array, count: number): CrowdLayout {
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => place[a * 4 + 1]! - place[b * 4 + 1]!);
  const sorted = { place: new Float32Array(count * 4), look: new Float32Array(count * 4) };
  order.forEach((from, to) => {
    sorted.place.set(place.subarray(from * 4, from * 4 + 4), to * 4);
    sorted.look.set(look.subarray(from * 4, from * 4 + 4), to * 4);
  });
  return sorted;
}

/** The crowd in the snow: denser near the plaza, thinning toward the far end, facing it. */
export function layOutCrowd(count = CROWD.count, seed = 7): CrowdLayout {
  const random = seededRandom(seed);
  const place = new Float32Array(count * 4);
  const look = new Float32Array(count * 4);
  for (let i = 0; i < count; i += 1) {
    const depth = Math.pow(random(), 1.7);
    const z = CROWD.nearZ + random() * 3 + depth * (CROWD.farZ - CROWD.nearZ);
    const spread = CROWD.halfWidth * (0.55 + 0.45 * depth);
    const x = (random() * 2 - 1) * spread;
    const behaviour = pickBehaviour(random());
    const child = behaviour === BEHAVIOUR.childFlight;
    // Heading: most face the far end (+z, heading PI), some look around.
    const heading = Math.PI + (random() < 0.8 ? (random() - 0.5) * 0.9 : (random() - 0.5) * 6);
    place.set([x, z, heading, (child ? 0.6 : 0.88) + random() * 0.24], i * 4);
    look.set([random(), behaviour, random() * 100, random()], i * 4);
  }
  return nearestFirst(place, look, count);
}

export interface Block {
  x: number;
  z: number;
  width: number;
  depth: number;
  height: number;
  /** Seconds per collapse-and-rebuild cycle; 0 for a building that never moves. */
  period: number;
  phase: number;
  /** 0 concrete, 1 brick, 2 glass, 3 the constant building. */
  style: number;
}

const CELL = 24;
const COLLAPSE_RANGE = 130;

function isKeptClear(x: number, z: number, reach: number): boolean {
  const avenue = Math.abs(x) < HALF_WIDTH + 12 + reach && z > CONSTANT.frontZ - CONSTANT.depth - 4 - reach;
  const lake = Math.hypot(x - LAKE.x, z - LAKE.z) < LAKE.radius + 4 + reach;
  return avenue || lake;
}

/** City blocks around the plaza; the near ones collapse and rebuild on their own cycles. */
export function layOutCity(seed = 11): Block[] {
  const random = seededRandom(seed);
  const blocks: Block[] = [];
  for (let gx = -8; gx <= 8; gx += 1) {
    for (let gz = -9; gz <= 13; gz += 1) {
      const x = gx * CELL + (random() - 0.5) * 4;
      const z = gz * CELL + (random() - 0.5) * 4;
      const width = 9 + random() * 9;
      const depth = 9 + random() * 9;
      if (isKeptClear(x, z, Math.max(width, depth) / 2)) continue;
      const near = Math.hypot(x, z - LINE_Z) < COLLAPSE_RANGE;
      const height = 14 + Math.pow(random(), 1.5) * (near ? 46 : 70);
      blocks.push({ x, z, width, depth, height, period: near ? 18 + random() * 22 : 0, phase: random() * 60, style: Math.floor(random() * 3) });
    }
  }
  // Nearest the plaza first: drawn front to back, the far facades are mostly rejected by depth.
  blocks.sort((a, b) => Math.hypot(a.x, a.z + 15) - Math.hypot(b.x, b.z + 15));
  const c = CONSTANT;
  blocks.unshift({ x: 0, z: c.frontZ - c.depth / 2, width: c.width, depth: c.depth, height: c.height, period: 0, phase: 0, style: 3 });
  return blocks;
}
