import { CapsuleGeometry, type BufferGeometry } from 'three';

/** One pill: a small glossy capsule lying on its side. */
export function createPill(): BufferGeometry {
  return new CapsuleGeometry(0.0095, 0.019, 4, 10).rotateZ(Math.PI / 2);
}
