import { Box3, Frustum, Matrix4, Vector3, type Camera } from 'three';

/** How far a figure reaches from its place: loops flown 6 m out, a rise of up to ~17 m, its own size. */
const REACH = { side: 6 + 1.5, up: 17 + 2.5 * 1.2 };
/** The flight to the portal arcs this high above the straight line (crowd.vert.glsl). */
const ARC = 14;
const FIGURE = 2.5;

/**
 * A box holding every pose the crowd's vertex shader can give it (standing, rising, flying loops,
 * flying to the portal), from the places it stands on (`place`: x, z, heading, scale per figure).
 * A box, not three's bounding sphere: the crowd fills a long avenue, and a sphere round it would
 * reach in front of a player who has turned their back on it.
 */
export function crowdBounds(place: Float32Array, portal: readonly [number, number, number]): Box3 {
  const box = new Box3();
  const corner = new Vector3();
  for (let i = 0; i < place.length; i += 4) {
    box.expandByPoint(corner.set(place[i]! - REACH.side, -0.5, place[i + 1]! - REACH.side));
    box.expandByPoint(corner.set(place[i]! + REACH.side, REACH.up, place[i + 1]! + REACH.side));
  }
  box.expandByPoint(corner.set(portal[0] - FIGURE, portal[1] + ARC + FIGURE, portal[2] - FIGURE));
  box.expandByPoint(corner.set(portal[0] + FIGURE, portal[1] - FIGURE, portal[2] + FIGURE));
  return box;
}

const frustum = new Frustum();
const viewProjection = new Matrix4();

/** Whether any of `box` can be in the camera's view. */
export function boxInView(camera: Camera, box: Box3): boolean {
  camera.updateMatrixWorld();
  viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
  return frustum.setFromProjectionMatrix(viewProjection).intersectsBox(box);
}
