import { LAKE } from './config';
import { furnitureBoxes, PARTS_PER_ITEM } from './furniture';

/**
 * Water lifting from the lake, as the shaders show it at a scene time (mirrored here): the lake
 * heaves up into a mountain and sinks back (lake.vert.glsl), and water flies up out of it to
 * hover and turn into furniture (furniture.vert.glsl). Pure, so the timing is unit-tested.
 */

/** As in lake.vert.glsl and furniture.vert.glsl, and the pieces Lake.tsx lays out. */
export const LAKE_PERIOD = 34;
export const FURNITURE_PERIOD = 18;
export const FURNITURE_ITEMS = 14;

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};
const fract = (x: number) => x - Math.floor(x);
/** The slope of a smoothstep from a to b, normalised to 1 at its steepest. */
const slope = (a: number, b: number, x: number) => {
  const t = (x - a) / (b - a);
  return t > 0 && t < 1 ? 4 * t * (1 - t) : 0;
};

/** How high the lake stands as a mountain, 0 water to 1 (`rise()` in lake.vert.glsl). */
export function lakeRise(seconds: number): number {
  const u = fract(seconds / LAKE_PERIOD + 0.2);
  return smoothstep(0.1, 0.4, u) * (1 - smoothstep(0.68, 0.92, u));
}

/** How hard the lake heaves now: loudest while it rises fastest, softer as it pours back down. */
export function lakeHeave(seconds: number): number {
  const u = fract(seconds / LAKE_PERIOD + 0.2);
  return Math.max(slope(0.1, 0.4, u), 0.6 * slope(0.68, 0.92, u));
}

export interface WaterPiece {
  seed: number;
  x: number;
  z: number;
}

/** The pieces of water-made furniture, where they hover over the lake (as Lake.tsx makes them). */
export function waterPieces(): WaterPiece[] {
  const { item } = furnitureBoxes(FURNITURE_ITEMS, LAKE);
  return Array.from({ length: FURNITURE_ITEMS }, (_, i) => {
    const j = i * PARTS_PER_ITEM * 4;
    return { seed: item[j]!, x: item[j + 1]!, z: item[j + 2]! };
  });
}

/** How fast a piece's water is flying up out of the lake now, 0 to 1 (its `up` in the shader). */
export function pieceLift(piece: WaterPiece, seconds: number): number {
  const u = fract((seconds + piece.seed * FURNITURE_PERIOD) / FURNITURE_PERIOD);
  return slope(0, 0.25, u);
}

export interface WaterLift {
  /** The lake heaving into a mountain, or pouring back: 0 to 1. */
  heave: number;
  /** Water flying up out of the lake (the pieces lifting now together): 0 to 1. */
  spray: number;
  /** How far up the strongest lift has gone, 0 to 1: its rush rises in pitch as it climbs. */
  climb: number;
  /** Where the water lifts most now. */
  x: number;
  z: number;
}

/** The water lifting from the lake at a scene time. Writes into `out`. */
export function waterLiftAt(pieces: readonly WaterPiece[], seconds: number, out: WaterLift): WaterLift {
  out.heave = lakeHeave(seconds);
  out.spray = 0;
  out.climb = 0;
  out.x = LAKE.x;
  out.z = LAKE.z;
  let strongest = 0.5 * out.heave;
  let sum = 0;
  let most = 0;
  for (const piece of pieces) {
    const lift = pieceLift(piece, seconds);
    sum += lift;
    most = Math.max(most, lift);
    if (lift > strongest) {
      strongest = lift;
      out.x = piece.x;
      out.z = piece.z;
      out.climb = smoothstep(0, 0.25, fract((seconds + piece.seed * FURNITURE_PERIOD) / FURNITURE_PERIOD));
    }
  }
  // The piece lifting hardest carries; the others lifting with it thicken the rush.
  out.spray = Math.min(1, 0.5 * most + 0.12 * sum);
  return out;
}
