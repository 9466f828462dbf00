import { BoxGeometry, CapsuleGeometry, CylinderGeometry, SphereGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';

const COAT = '#0d0e10';
const SKIN = '#c7a58d';

/**
 * Neo as Smith's sunglasses see him: long dark coat, dark hair, his own glasses. Feet at 0,
 * facing +Z. Only the reflection camera ever draws it: the player is the camera.
 */
export function createNeoFigure(): BufferGeometry {
  return mergeParts([
    painted(new CylinderGeometry(0.2, 0.32, 1.25, 10).translate(0, 0.72, 0), COAT),
    painted(new BoxGeometry(0.46, 0.5, 0.24).translate(0, 1.3, 0), COAT),
    painted(new CapsuleGeometry(0.055, 0.55, 4, 8).translate(-0.27, 1.15, 0.02), COAT),
    painted(new CapsuleGeometry(0.055, 0.55, 4, 8).translate(0.27, 1.15, 0.02), COAT),
    painted(new CylinderGeometry(0.055, 0.06, 0.1, 8).translate(0, 1.58, 0), SKIN),
    painted(new SphereGeometry(0.11, 14, 10).scale(0.95, 1.15, 1.05).translate(0, 1.72, 0), SKIN),
    painted(new SphereGeometry(0.115, 14, 8, 0, Math.PI * 2, 0, Math.PI * 0.5).translate(0, 1.75, -0.01), '#15110f'),
    painted(new BoxGeometry(0.17, 0.035, 0.01).translate(0, 1.73, 0.11), '#050505'),
  ]);
}
