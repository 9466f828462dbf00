import { BoxGeometry, CatmullRomCurve3, TubeGeometry, Vector3, type BufferGeometry } from 'three';
import { painted } from '../shared/figure-parts';

export type Point = readonly [number, number, number];

/** A box from its min and max corners, painted. */
export function slab(min: Point, max: Point, color: string): BufferGeometry {
  const size = max.map((v, i) => v - min[i]!) as [number, number, number];
  return painted(new BoxGeometry(...size).translate((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2), color);
}

/** A box of a size, turned about Z (a brace across a corner), centred at a point, painted. */
export function brace(size: Point, turn: number, at: Point, color: string): BufferGeometry {
  return painted(new BoxGeometry(...size).rotateZ(turn).translate(...at), color);
}

/** A cable through the given points, sagging between them as a smooth curve. */
export function cable(points: Point[], radius: number, color: string): BufferGeometry {
  const curve = new CatmullRomCurve3(points.map((p) => new Vector3(...p)));
  return painted(new TubeGeometry(curve, points.length * 6, radius, 5, false), color);
}
