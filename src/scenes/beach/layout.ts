/**
 * The beach's measures, in metres. The white room stands around the spawn; the sea lies ahead
 * (-Z), the dunes behind. `sandHeight` is mirrored in src/shaders/beach/common.glsl: keep the two
 * in step.
 */
export const SPAWN_Z = 4;
export const ROOM_HALF = 12;
export const ROOM_HEIGHT = 7;
/** Where the beach begins to slope down into the sea. */
export const SHORE_Z = -16;
/** The player walks no further than this toward the water. */
export const WALK_LIMIT_Z = -17.3;
/** Standing here, a step short of the wet sand, Smith's fingers find his arm. */
export const SHORELINE_Z = -15.2;
/** Mean water level, the tide's reach either side of it, and the period of the waves. */
export const SEA_LEVEL = -0.3;
export const TIDE = 0.09;
export const WAVE_PERIOD = 7;
/** Seconds the white takes to give way to the beach. */
export const REVEAL_SECONDS = 6;

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

/** Height of the sand: small ripples where one walks, dunes behind and aside, a slope into the sea. */
export function sandHeight(x: number, z: number): number {
  const ripples = 0.05 * Math.sin(x * 0.31 + z * 0.17) * Math.sin(z * 0.23 - x * 0.11) + 0.02 * Math.sin(x * 0.83 + z * 0.61);
  const back = smoothstep(9, 34, z) * (0.7 + 0.5 * Math.sin(x * 0.13 + z * 0.07)) * 2.2;
  const sides = smoothstep(18, 46, Math.abs(x)) * (0.6 + 0.5 * Math.sin(z * 0.1 + x * 0.05)) * 1.4;
  const slope = Math.min(0, z - SHORE_Z) * 0.075;
  return ripples + back + sides + slope;
}

/** The water's level at a scene time: the tide of each wave washing up and back. */
export function waterLevel(seconds: number): number {
  return SEA_LEVEL + TIDE * Math.sin((2 * Math.PI * seconds) / WAVE_PERIOD);
}
