import { BoxGeometry, CapsuleGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

const SKIN = '#c7a58d';
const COAT = '#101113';

/** Neo's right hand, open and palm up, with the cuff of his long coat. The palm centre is at 0. */
export function createOpenHand(): BufferGeometry {
  const finger = (x: number, length: number, splay: number) =>
    painted(
      new CapsuleGeometry(0.0085, length, 3, 6)
        .rotateX(Math.PI / 2)
        .rotateY(splay)
        .translate(x, 0.004, -0.055 - length / 2),
      SKIN,
    );
  return mergeParts([
    painted(new BoxGeometry(0.08, 0.022, 0.09), SKIN),
    finger(-0.028, 0.055, 0.08),
    finger(-0.009, 0.062, 0.02),
    finger(0.01, 0.06, -0.02),
    finger(0.028, 0.048, -0.08),
    painted(
      new CapsuleGeometry(0.01, 0.045, 3, 6)
        .rotateX(Math.PI / 2)
        .rotateY(0.9)
        .translate(-0.055, 0.006, -0.01),
      SKIN,
    ),
    painted(new CylinderGeometry(0.034, 0.04, 0.09, 10).rotateX(Math.PI / 2).translate(0, -0.004, 0.085), SKIN),
    painted(new CylinderGeometry(0.052, 0.06, 0.3, 12).rotateX(Math.PI / 2).translate(0, -0.006, 0.27), COAT),
  ]);
}

/** One pill: a small glossy capsule lying on its side. */
export function createPill(): BufferGeometry {
  return new CapsuleGeometry(0.011, 0.022, 4, 10).rotateZ(Math.PI / 2);
}
