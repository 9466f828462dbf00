import { BoxGeometry, Group, Mesh, MeshBasicMaterial } from 'three';
import { Octree } from 'three/addons/math/Octree.js';
import type { Box } from '../scenes/types';

const cache = new WeakMap<readonly Box[], Octree>();

/**
 * An octree of a scene's solid boxes, built once per collider list. The meshes only exist to
 * feed the octree; they are never rendered, and are disposed as soon as it is built.
 */
export function worldColliderFor(boxes: readonly Box[]): Octree {
  const cached = cache.get(boxes);
  if (cached) return cached;
  const group = new Group();
  const material = new MeshBasicMaterial();
  for (const box of boxes) {
    const mesh = new Mesh(new BoxGeometry(box.size[0], box.size[1], box.size[2]), material);
    mesh.position.set(box.center[0], box.center[1], box.center[2]);
    group.add(mesh);
  }
  group.updateMatrixWorld(true);
  const octree = new Octree().fromGraphNode(group);
  group.traverse((child) => {
    if (child instanceof Mesh) child.geometry.dispose();
  });
  material.dispose();
  cache.set(boxes, octree);
  return octree;
}
