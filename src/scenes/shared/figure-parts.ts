import { BufferAttribute, BufferGeometry, Color } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';

/** A geometry painted one colour through a vertex colour attribute, ready to merge with others. */
export function painted(geometry: BufferGeometry, color: string): BufferGeometry {
  const c = new Color(color);
  const count = geometry.getAttribute('position').count;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i += 1) colors.set([c.r, c.g, c.b], i * 3);
  geometry.setAttribute('color', new BufferAttribute(colors, 3));
  return geometry;
}

/** Merges painted parts into one geometry (one draw) and frees the parts. */
export function mergeParts(parts: BufferGeometry[]): BufferGeometry {
  const indexed = parts.map((p) => (p.index ? p.toNonIndexed() : p));
  const merged = mergeGeometries(indexed);
  parts.forEach((p) => p.dispose());
  indexed.forEach((p) => p.dispose());
  return merged;
}
