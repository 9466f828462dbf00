import { ENGLISH_AROUND } from '../i18n/story-en-around';
import { fill } from '../story/text-types';

/**
 * Where something is from where the player stands and looks, in words: for sound captions
 * ("far left") and descriptions ("ahead, a little to the right, about 6 metres").
 * Heading convention as the player's pose: yaw 0 looks down -Z, positive yaw turns left.
 */
export interface Viewpoint {
  x: number;
  z: number;
  yaw: number;
}

export interface Bearing {
  /** Degrees from straight ahead: positive to the right, -180 to 180. */
  degrees: number;
  /** Metres on the ground. */
  distance: number;
}

/** Beyond this, a sound or a place is "far". */
export const FAR_METRES = 30;

export function bearingOf(from: Viewpoint, to: readonly [number, number, number]): Bearing {
  const dx = to[0] - from.x;
  const dz = to[2] - from.z;
  const ahead = -Math.sin(from.yaw) * dx - Math.cos(from.yaw) * dz;
  const right = Math.cos(from.yaw) * dx - Math.sin(from.yaw) * dz;
  return { degrees: (Math.atan2(right, ahead) * 180) / Math.PI, distance: Math.hypot(dx, dz) };
}

/** The words of directions (`assets/story/<lang>/common.json`, `directions`), by key. */
export const DIRECTION_KEYS = [
  'ahead',
  'ahead-left',
  'ahead-right',
  'left',
  'right',
  'behind-left',
  'behind-right',
  'behind',
  'far',
  'straight-ahead',
  'slightly-left',
  'slightly-right',
  'ahead-to-left',
  'ahead-to-right',
  'to-left',
  'to-right',
  'behind-to-left',
  'behind-to-right',
  'behind-you',
  'within-reach',
  'far-off',
  'metres-away',
] as const;
export type DirectionWords = Readonly<Record<string, string>>;

const ENGLISH: DirectionWords = ENGLISH_AROUND.directions;

/** A short direction for a caption: "ahead", "ahead left", "left", "behind right", "far left"... */
export function captionDirection(b: Bearing, words: DirectionWords = ENGLISH): string {
  const side = b.degrees > 0 ? 'right' : 'left';
  const off = Math.abs(b.degrees);
  const key = off <= 25 ? 'ahead' : off <= 65 ? `ahead-${side}` : off <= 115 ? side : off <= 155 ? `behind-${side}` : 'behind';
  const direction = words[key] ?? key;
  return b.distance > FAR_METRES ? fill(words.far ?? '{direction}', { direction }) : direction;
}

/** A fuller direction for a description: "ahead, a little to the left, about 6 metres away". */
export function describeDirection(b: Bearing, words: DirectionWords = ENGLISH): string {
  const side = b.degrees > 0 ? 'right' : 'left';
  const off = Math.abs(b.degrees);
  const key =
    off <= 12 ? 'straight-ahead' : off <= 40 ? `slightly-${side}` : off <= 75 ? `ahead-to-${side}` : off <= 110 ? `to-${side}` : off <= 160 ? `behind-to-${side}` : 'behind-you';
  const way = words[key] ?? key;
  if (b.distance < 2) return fill(words['within-reach'] ?? '{way}', { way });
  if (b.distance > FAR_METRES) return fill(words['far-off'] ?? '{way}', { way });
  return fill(words['metres-away'] ?? '{way}', { way, metres: Math.round(b.distance) });
}
