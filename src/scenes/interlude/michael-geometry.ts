import { BoxGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

/** Where his raised right hand holds the chip, in his own space (he faces +Z, feet at 0). */
export const HAND: readonly [number, number, number] = [-0.2, 0.92, 0.2];

/** The chip: a sliver of silicon on a green board with gold contacts. */
export function createChip(): BufferGeometry {
  return mergeParts([
    painted(new BoxGeometry(0.075, 0.05, 0.006), '#2f6a3c'),
    painted(new BoxGeometry(0.04, 0.03, 0.008).translate(0, 0, 0.002), '#c7cdd2'),
    painted(new BoxGeometry(0.07, 0.006, 0.007).translate(0, -0.022, 0), '#d9b23c'),
  ]);
}
