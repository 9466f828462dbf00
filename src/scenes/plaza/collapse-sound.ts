import type { Block } from './layout';

/**
 * What the city's collapses sound like at a scene time, from what the shaders show then
 * (src/shaders/plaza/collapse.glsl and building.vert.glsl, mirrored here): a block trembles
 * (its windows shatter), sinks into its dust (a rumble, loudest while it falls fastest, with a
 * crack as it gives way), and rebuilds in silence. Pure, so the timing is unit-tested.
 */

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** The block's cycle phase, as `cyclePhase()` in collapse.glsl: 0 for a block that never moves. */
export function collapsePhase(block: Pick<Block, 'period' | 'phase'>, seconds: number): number {
  if (block.period <= 0) return 0;
  const u = (seconds + block.phase) / block.period;
  return u - Math.floor(u);
}

/** How far the facade has gone, 0 standing to 1 dust, as `fallen(u, 0.5, 0.66)` in the shader. */
export function fallenAt(u: number): number {
  return smoothstep(0.5, 0.66, u) * (1 - smoothstep(0.86, 0.99, u));
}

/** The windows shattering, as `trembling(u)` in the shader. */
export function shatterAt(u: number): number {
  return smoothstep(0.4, 0.48, u) * (1 - smoothstep(0.6, 0.66, u));
}

/** How fast the facade is sinking, 0 to 1 (the slope of its smoothstep, normalised). */
export function sinkRate(u: number): number {
  const x = (u - 0.5) / 0.16;
  return x > 0 && x < 1 ? 4 * x * (1 - x) : 0;
}

export interface CollapseSound {
  /** The low roar of the loudest block falling now (the nearest and tallest carry). */
  rumble: number;
  /** The city's far collapses together: a low, restless roar under everything. */
  distant: number;
  /** The crack of a block giving way (its first half-second). */
  crack: number;
  /** Glass: windows bursting as blocks tremble (glass towers most). */
  glass: number;
  /** Where the loudest collapse is now (x, z), for the positional rumble. */
  x: number;
  z: number;
}

/** Within this many metres a collapse is heard at full strength; beyond, it falls as 1/d². */
const FULL_WITHIN = 50;

/** The city's collapse sound at a scene time, heard from (x, z). Writes into `out`. */
export function collapseSound(blocks: readonly Block[], seconds: number, x: number, z: number, out: CollapseSound): CollapseSound {
  out.rumble = 0;
  out.distant = 0;
  out.crack = 0;
  out.glass = 0;
  let loudest = 0;
  for (const b of blocks) {
    if (b.period <= 0) continue;
    const u = collapsePhase(b, seconds);
    const near = Math.min(1, (FULL_WITHIN / Math.hypot(b.x - x, b.z - z)) ** 2);
    const size = Math.min(1.5, b.height / 40);
    const rumble = sinkRate(u) * near * size;
    const since = (u - 0.5) * b.period;
    const crack = since >= 0 && since < 2 ? Math.exp(-since / 0.3) * near : 0;
    const shatter = shatterAt(u);
    const glass = shatter > 0 && shatter < 1 ? near * (b.style === 2 ? 1 : 0.35) * 4 * shatter * (1 - shatter) : 0;
    out.rumble = Math.max(out.rumble, rumble);
    out.distant += 0.3 * rumble;
    out.crack = Math.max(out.crack, crack);
    out.glass += glass;
    if (rumble + crack > loudest) {
      loudest = rumble + crack;
      out.x = b.x;
      out.z = b.z;
    }
  }
  out.rumble = Math.min(1, out.rumble);
  out.distant = Math.min(1, out.distant);
  out.glass = Math.min(1, out.glass);
  return out;
}
