import { BoxGeometry, CapsuleGeometry, SphereGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

/** Sparks on the night shift, seated at the console, typing: angular, in a worn knit. Faces -Z. */
export function createSparks(): BufferGeometry {
  const KNIT = '#3d4438';
  const SKIN = '#b38a6e';
  return mergeParts([
    painted(new BoxGeometry(0.36, 0.5, 0.22).rotateX(0.15).translate(0, 0.78, 0), KNIT),
    painted(new BoxGeometry(0.14, 0.14, 0.44).translate(-0.09, 0.5, -0.16), '#2a2e2a'),
    painted(new BoxGeometry(0.14, 0.14, 0.44).translate(0.09, 0.5, -0.16), '#2a2e2a'),
    painted(new BoxGeometry(0.12, 0.45, 0.13).translate(-0.09, 0.22, -0.36), '#2a2e2a'),
    painted(new BoxGeometry(0.12, 0.45, 0.13).translate(0.09, 0.22, -0.36), '#2a2e2a'),
    painted(new CapsuleGeometry(0.045, 0.34, 4, 8).rotateX(1.2).translate(-0.2, 0.86, -0.2), KNIT),
    painted(new CapsuleGeometry(0.045, 0.34, 4, 8).rotateX(1.2).translate(0.2, 0.86, -0.2), KNIT),
    painted(new SphereGeometry(0.1, 12, 10).scale(0.9, 1.15, 1).translate(0, 1.16, -0.04), SKIN),
    painted(new SphereGeometry(0.104, 12, 6, 0, Math.PI * 2, 0, Math.PI * 0.45).translate(0, 1.19, -0.03), '#1c1611'),
  ]);
}
