import { BufferGeometry, CylinderGeometry, Float32BufferAttribute, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';

/** Which part of a figure a vertex belongs to, for the crowd's vertex shader. */
export const PART = { body: 0, head: 1, leftArm: 2, rightArm: 3 } as const;

function tagged(geometry: BufferGeometry, part: number): BufferGeometry {
  geometry.deleteAttribute('uv');
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('aPart', new Float32BufferAttribute(new Float32Array(count).fill(part), 1));
  return geometry;
}

/**
 * A stylised standing person, about 1.7 m: a coat, a head and two arms hanging from the
 * shoulders: about 50 triangles on about 50 shared corners, as the vertex shader runs per corner. Arms are pivoted by the shader at the shoulder (y = 1.38).
 */
export function createFigureGeometry(): BufferGeometry {
  const parts = [
    tagged(new CylinderGeometry(0.16, 0.23, 1.42, 6, 1, true).translate(0, 0.71, 0), PART.body),
    tagged(new SphereGeometry(0.125, 5, 3).translate(0, 1.56, 0), PART.head),
    tagged(new CylinderGeometry(0.045, 0.04, 0.62, 3, 1, true).translate(-0.22, 1.08, 0), PART.leftArm),
    tagged(new CylinderGeometry(0.045, 0.04, 0.62, 3, 1, true).translate(0.22, 1.08, 0), PART.rightArm),
  ];
  const merged = mergeGeometries(parts);
  parts.forEach((p) => p.dispose());
  if (!merged) throw new Error('Could not merge the figure geometry.');
  return merged;
}
