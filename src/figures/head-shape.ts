import { Vector3 } from 'three';

/** Smooth (Catmull-Rom) reading of evenly spaced samples at x in [0, 1]. */
export function profile(samples: readonly number[], x: number): number {
  const n = samples.length - 1;
  const f = Math.min(n - 1e-6, Math.max(0, x * n));
  const i = Math.floor(f);
  const t = f - i;
  const p0 = samples[Math.max(0, i - 1)]!;
  const p1 = samples[i]!;
  const p2 = samples[i + 1]!;
  const p3 = samples[Math.min(n, i + 2)]!;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (-p0 + 3 * p1 - 3 * p2 + p3) * t * t * t);
}

// The head from chin (t = 0) to crown (t = 1), in units of the head's height: half width, and how
// far the face and the back of the skull reach in front of and behind the neck's axis.
const WIDTH = [0.09, 0.2, 0.26, 0.29, 0.305, 0.318, 0.325];
const FRONT = [0.3, 0.355, 0.365, 0.37, 0.385, 0.395, 0.4];
const BACK = [-0.05, -0.13, -0.22, -0.3, -0.36, -0.4, -0.42];
/** Above the brow the skull is a dome. */
const DOME = 0.6;
const dome = (t: number) => Math.sqrt(Math.max(0, 1 - ((t - DOME) / (1 - DOME)) ** 2));
const lower = (table: number[], t: number) => profile(table, Math.min(t, DOME) / DOME);

/** The face's mid-line heights, fractions of the head from the chin. */
export const FACE = { mouth: 0.22, noseTip: 0.33, eyes: 0.5, brows: 0.59, hairFront: 0.8 } as const;

export const headWidth = (t: number) => (t <= DOME ? lower(WIDTH, t) : 0.325 * dome(t));
export const headFront = (t: number) => (t <= DOME ? lower(FRONT, t) : 0.4 * dome(t) ** 0.7 - 0.05 * (1 - dome(t)));
export const headBack = (t: number) => (t <= DOME ? lower(BACK, t) : -0.42 * dome(t));

/**
 * A point on the head's surface at height t and angle a (0 the left side +X, PI/2 the face),
 * head-local (origin below the chin on the neck's axis), in units of the head's height.
 * The face half is a flatter super-ellipse; the skull's back is round.
 */
export function headPoint(t: number, a: number, out: Vector3, youth = 0): Vector3 {
  const c = Math.cos(a);
  const s = Math.sin(a);
  const n = s > 0 ? 2.7 : 2;
  const e = 2 / n;
  // A child's face is rounder below the eyes: fuller cheeks, a softer jaw.
  const full = 1 + youth * 0.14 * Math.max(0, 1 - t / 0.55);
  const x = Math.sign(c) * Math.abs(c) ** e * headWidth(t) * full;
  const z = s > 0 ? s ** e * headFront(t) : -(Math.abs(s) ** e) * -headBack(t);
  out.set(x, t, z);
  // Eye sockets: a soft hollow under the brow; cheekbones a little out.
  const front = Math.max(0, s);
  const socket = Math.exp(-(((Math.abs(x) - 0.13) / 0.07) ** 2) - ((t - FACE.eyes) / 0.05) ** 2);
  out.z -= 0.03 * socket * front;
  const cheek = Math.exp(-(((Math.abs(x) - 0.2) / 0.06) ** 2) - ((t - 0.4) / 0.07) ** 2);
  out.z += 0.012 * cheek * front;
  out.x += Math.sign(x) * 0.008 * cheek;
  return out;
}
