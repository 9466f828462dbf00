import { BoxGeometry, Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { afterEach, describe, expect, it } from 'vitest';
import { runtime } from '../app/runtime';
import { worldColliderFor } from '../player/collision';
import { clearAhead } from './clear-ahead';
import { panelOccluders } from './panel-occluders';

const eyes = new Vector3(0, 1.6, 0);
const ahead = new Vector3(0, 0, -1);

/** A figure 0.4 m deep whose front face is `frontZ` metres along -Z. */
function figureAt(frontZ: number): Mesh {
  const mesh = new Mesh(new BoxGeometry(0.5, 1.8, 0.4), new MeshBasicMaterial());
  mesh.position.set(0, 0.9, -frontZ - 0.2);
  mesh.updateMatrixWorld(true);
  return mesh;
}

describe('how far the way ahead of the eyes is clear (for the in-world panel)', () => {
  afterEach(() => {
    runtime.world = null;
    panelOccluders.clear();
  });

  it('is open where there is nothing', () => {
    expect(clearAhead(eyes, ahead)).toBe(Infinity);
  });

  it('ends at the first wall of the collision world', () => {
    runtime.world = worldColliderFor([{ center: [0, 1.5, -3.5], size: [4, 3, 1] }]);
    expect(clearAhead(eyes, ahead)).toBeCloseTo(3, 5);
  });

  it('ends at a figure standing nearer than the wall, while he is shown', () => {
    runtime.world = worldColliderFor([{ center: [0, 1.5, -3.5], size: [4, 3, 1] }]);
    const smith = figureAt(1.05);
    panelOccluders.add(smith);
    expect(clearAhead(eyes, ahead)).toBeCloseTo(1.05, 5);
    smith.visible = false;
    expect(clearAhead(eyes, ahead)).toBeCloseTo(3, 5);
  });
});
