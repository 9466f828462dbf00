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

/** A short direction for a caption: "ahead", "ahead left", "left", "behind right", "far left"... */
export function captionDirection(b: Bearing): string {
  const side = b.degrees > 0 ? 'right' : 'left';
  const off = Math.abs(b.degrees);
  const words = off <= 25 ? 'ahead' : off <= 65 ? `ahead ${side}` : off <= 115 ? side : off <= 155 ? `behind ${side}` : 'behind';
  return b.distance > FAR_METRES ? `far ${words}` : words;
}

/** A fuller direction for a description: "ahead, a little to the left, about 6 metres away". */
export function describeDirection(b: Bearing): string {
  const side = b.degrees > 0 ? 'right' : 'left';
  const off = Math.abs(b.degrees);
  const way =
    off <= 12
      ? 'straight ahead'
      : off <= 40
        ? `ahead, a little to the ${side}`
        : off <= 75
          ? `ahead to the ${side}`
          : off <= 110
            ? `to your ${side}`
            : off <= 160
              ? `behind you to the ${side}`
              : 'behind you';
  if (b.distance < 2) return `${way}, within reach`;
  if (b.distance > FAR_METRES) return `${way}, far off`;
  return `${way}, about ${Math.round(b.distance)} metres away`;
}
