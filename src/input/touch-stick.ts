/** How far, in CSS pixels, a thumb pushes the stick to full deflection. */
export const STICK_RADIUS = 56;
/** A touch that moves less than this, in CSS pixels, before lifting is a tap. */
export const TAP_SLOP = 12;
/** The share of the view's width, from the left, where a thumb takes the stick. */
export const STICK_SIDE = 0.4;

/**
 * The stick's deflection for a thumb at (x, y) that landed at (originX, originY): -1 to 1 on each
 * axis, y up as forward, held within the stick's circle.
 */
export function stickDeflection(originX: number, originY: number, x: number, y: number): { x: number; y: number } {
  const dx = x - originX;
  const dy = originY - y;
  const length = Math.hypot(dx, dy);
  const scale = length > STICK_RADIUS ? STICK_RADIUS / length : 1;
  return { x: (dx * scale) / STICK_RADIUS, y: (dy * scale) / STICK_RADIUS };
}

/** Which part of the view a touch landing at x belongs to. */
export function touchSide(x: number, width: number): 'stick' | 'look' {
  return x < width * STICK_SIDE ? 'stick' : 'look';
}
