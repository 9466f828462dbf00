import { BoxGeometry, CapsuleGeometry, SphereGeometry, TorusGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

const SKIN = '#e2b497';
const PALE = '#ecc4ad';
const SHORTS = '#8d918c';
const SOCKET = '#3a3331';

/** Where his raised right hand holds the chip, in his own space (he faces +Z, feet at 0). */
export const HAND: readonly [number, number, number] = [-0.2, 0.92, 0.2];

/**
 * Michael, about seven, just out of the canal: pale, hairless, the sockets of the plugs on his
 * neck and scalp, big brown eyes, a grin; his right hand held up with the chip. One draw.
 */
export function createMichael(): BufferGeometry {
  return mergeParts([
    painted(new CapsuleGeometry(0.045, 0.36, 4, 8).translate(-0.07, 0.22, 0), PALE),
    painted(new CapsuleGeometry(0.045, 0.36, 4, 8).translate(0.07, 0.22, 0), PALE),
    painted(new BoxGeometry(0.24, 0.13, 0.14).translate(0, 0.47, 0), SHORTS),
    painted(new BoxGeometry(0.23, 0.3, 0.13).translate(0, 0.67, 0), SKIN),
    painted(new CapsuleGeometry(0.035, 0.3, 4, 8).rotateZ(-0.15).translate(0.15, 0.62, 0), SKIN),
    painted(new CapsuleGeometry(0.035, 0.28, 4, 8).rotateX(-1.0).rotateZ(0.3).translate(-0.17, 0.83, 0.1), SKIN),
    painted(new SphereGeometry(0.038, 8, 6).translate(HAND[0], HAND[1], HAND[2]), SKIN),
    painted(new CapsuleGeometry(0.04, 0.05, 4, 8).translate(0, 0.86, 0), SKIN),
    painted(new SphereGeometry(0.105, 16, 12).scale(1, 1.08, 1).translate(0, 1.0, 0), PALE),
    // The sockets where the pod's cables went in: back of the head, the neck, the arms.
    painted(new SphereGeometry(0.018, 6, 4).translate(0, 1.02, -0.1), SOCKET),
    painted(new SphereGeometry(0.015, 6, 4).translate(0, 0.88, -0.04), SOCKET),
    painted(new SphereGeometry(0.012, 6, 4).translate(0.155, 0.7, -0.02), SOCKET),
    // Big brown eyes, and a grin.
    painted(new SphereGeometry(0.022, 8, 6).scale(1, 1.1, 0.5).translate(-0.038, 1.02, 0.094), '#f4efe8'),
    painted(new SphereGeometry(0.022, 8, 6).scale(1, 1.1, 0.5).translate(0.038, 1.02, 0.094), '#f4efe8'),
    painted(new SphereGeometry(0.013, 8, 6).scale(1, 1.1, 0.5).translate(-0.038, 1.02, 0.103), '#4a2c18'),
    painted(new SphereGeometry(0.013, 8, 6).scale(1, 1.1, 0.5).translate(0.038, 1.02, 0.103), '#4a2c18'),
    painted(new TorusGeometry(0.035, 0.008, 4, 10, Math.PI).rotateZ(Math.PI).translate(0, 0.965, 0.092), '#7a3b35'),
  ]);
}

/** The chip: a sliver of silicon on a green board with gold contacts. */
export function createChip(): BufferGeometry {
  return mergeParts([
    painted(new BoxGeometry(0.075, 0.05, 0.006), '#2f6a3c'),
    painted(new BoxGeometry(0.04, 0.03, 0.008).translate(0, 0, 0.002), '#c7cdd2'),
    painted(new BoxGeometry(0.07, 0.006, 0.007).translate(0, -0.022, 0), '#d9b23c'),
  ]);
}
