import { InstancedBufferAttribute, InstancedBufferGeometry, type BufferGeometry } from 'three';

/**
 * An instanced copy of `base` with per-instance attributes (4 floats each unless stated). The
 * base geometry is disposed: the copy owns its own buffers. Whoever calls this disposes the copy.
 */
export function instanced(base: BufferGeometry, count: number, attributes: Record<string, Float32Array | [Float32Array, number]>): InstancedBufferGeometry {
  const geometry = new InstancedBufferGeometry().copy(base as InstancedBufferGeometry);
  base.dispose();
  for (const [name, value] of Object.entries(attributes)) {
    const [array, size] = Array.isArray(value) ? value : [value, 4];
    geometry.setAttribute(name, new InstancedBufferAttribute(array, size));
  }
  geometry.instanceCount = count;
  return geometry;
}
