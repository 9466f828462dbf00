import { KINDS } from './creature-shapes';

/**
 * Wings as the shards fly off: the creatures made of glass (Shards.tsx, shards.vert.glsl,
 * mirrored here) gather, and the winged ones (tiger-striped birds, winged cats) beat their wings
 * as they fly away over the plaza. Pure, so the timing is unit-tested.
 */

/** As in shards.vert.glsl and Shards.tsx. */
export const SHARD_PERIOD = 24;
const PER_KIND = 8;
const CREATURES = KINDS.length * PER_KIND;
/** Radians a second of the wing beat (`beat` in the shader, for fliers). */
export const WING_BEAT = 7;
/** Within this many metres a flier's wings are heard at full strength; beyond, as 1/d². */
const FULL_WITHIN = 18;

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};
const fract = (x: number) => x - Math.floor(x);
/** The shader's `hash` (float precision aside: it only places a sound). */
const hash = (n: number) => fract(Math.sin(n) * 43758.5453123);

/** Whether creature c flies (birds and cats; the dogs and unicorns walk). */
export const isFlier = (creature: number) => creature % KINDS.length < 2;

/** How present a creature is as a creature (gathered, not yet broken up), 0 to 1, at its cycle phase u. */
export function formedAt(u: number): number {
  return smoothstep(0.3, 0.42, u) * (1 - smoothstep(0.9, 1, u));
}

/**
 * One wing stroke's air, 0 to 1, at beat phase `beat` (radians): the wings sweep as sin(beat);
 * the downstroke (as they sweep down, cos < 0) pushes most air.
 */
export function wingStroke(beat: number): number {
  const c = Math.cos(beat);
  return c < 0 ? c * c : 0.25 * c * c;
}

export interface FlierPlace {
  x: number;
  y: number;
  z: number;
  /** Its cycle phase, 0 to 1. */
  u: number;
  beat: number;
}

/** Where flier `creature` is at a scene time, as the shader moves its body. Writes into `out`. */
export function flierAt(creature: number, seconds: number, out: FlierPlace): FlierPlace {
  const t = seconds + ((creature * 0.618) % 1) * SHARD_PERIOD;
  const cycle = Math.floor(t / SHARD_PERIOD);
  out.u = fract(t / SHARD_PERIOD);
  const r1 = hash(cycle * 7.13 + creature * 3.71);
  const r2 = hash(cycle * 3.17 + creature * 1.33 + 5);
  const angle = r1 * Math.PI * 2;
  const ox = Math.cos(angle) * (30 + 20 * r2);
  const oy = 8 + 16 * hash(r1 + r2) + 4;
  const oz = -12 + Math.sin(angle) * (34 + 16 * r2);
  // Fliers cross the sky above the plaza: away from where they burst, turned a little.
  const turn = (r2 - 0.5) * 1.4;
  const wx = -Math.cos(angle);
  const wz = -Math.sin(angle);
  const going = Math.max(out.u - 0.42, 0) * SHARD_PERIOD;
  out.x = ox + (Math.cos(turn) * wx - Math.sin(turn) * wz) * going * 5;
  out.z = oz + (Math.sin(turn) * wx + Math.cos(turn) * wz) * going * 5;
  out.y = oy + going * 0.9;
  out.beat = t * WING_BEAT + creature;
  return out;
}

export interface WingsSound {
  /** The wings' air now, heard from the listener: 0 to 1. */
  level: number;
  /** How many fliers are on the wing now. */
  flying: number;
  /** The nearest flier's presence, 0 to 1, between strokes too (whether wings can be heard). */
  presence: number;
  /** Where the loudest flier is. */
  x: number;
  y: number;
  z: number;
}

const place: FlierPlace = { x: 0, y: 0, z: 0, u: 0, beat: 0 };

/** The shard creatures' wings at a scene time, heard from (x, y, z). Writes into `out`. */
export function wingsAt(seconds: number, x: number, y: number, z: number, out: WingsSound): WingsSound {
  out.level = 0;
  out.flying = 0;
  out.presence = 0;
  let loudest = 0;
  for (let c = 0; c < CREATURES; c += 1) {
    if (!isFlier(c)) continue;
    flierAt(c, seconds, place);
    const formed = formedAt(place.u);
    if (formed <= 0) continue;
    out.flying += 1;
    const near = Math.min(1, (FULL_WITHIN / Math.hypot(place.x - x, place.y - y, place.z - z)) ** 2);
    const level = formed * near * wingStroke(place.beat);
    out.level += level;
    if (formed * near > loudest) {
      loudest = formed * near;
      out.x = place.x;
      out.y = place.y;
      out.z = place.z;
    }
  }
  out.level = Math.min(1, out.level);
  out.presence = loudest;
  return out;
}
