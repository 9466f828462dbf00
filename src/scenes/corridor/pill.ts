import { CapsuleGeometry, MeshPhongMaterial, type BufferGeometry } from 'three';

/** One pill: a small glossy capsule lying on its side. */
export function createPill(): BufferGeometry {
  return new CapsuleGeometry(0.0095, 0.019, 4, 10).rotateZ(Math.PI / 2);
}

/** The red one gleams a faint orange in the dim light; the blue one looks tinted green. */
export function createPillMaterials(): { red: MeshPhongMaterial; blue: MeshPhongMaterial } {
  return {
    red: new MeshPhongMaterial({ color: '#b02a1c', emissive: '#6a2606', specular: '#ffc080', shininess: 140 }),
    blue: new MeshPhongMaterial({ color: '#2b6a86', emissive: '#0c3326', specular: '#b8f0d0', shininess: 140 }),
  };
}
