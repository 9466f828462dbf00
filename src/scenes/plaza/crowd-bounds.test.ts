import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { CROWD, PORTAL } from './config';
import { boxInView, crowdBounds } from './crowd-bounds';
import { layOutCrowd } from './layout';

const cameraAt = (z: number, yaw: number) => {
  const camera = new PerspectiveCamera(70, 16 / 9, 0.05, 400);
  camera.position.set(0, 1.65, z);
  camera.rotation.set(0, yaw, 0, 'YXZ');
  return camera;
};

describe('crowdBounds', () => {
  const { place } = layOutCrowd(CROWD.count);
  const box = crowdBounds(place, PORTAL.position);

  it('holds every figure standing, risen 17 m or looping 6 m out, and the portal at the top of the flight', () => {
    for (let i = 0; i < place.length; i += 4) {
      const [x, z] = [place[i]!, place[i + 1]!];
      for (const p of [new Vector3(x, 0, z), new Vector3(x, 19, z), new Vector3(x + 6, 10, z - 6), new Vector3(x - 6, 10, z + 6)]) {
        expect(box.containsPoint(p)).toBe(true);
      }
    }
    expect(box.containsPoint(new Vector3(PORTAL.position[0], PORTAL.position[1] + 14, PORTAL.position[2]))).toBe(true);
  });

  it('is out of view of a player at the weather line looking into the rain, in view when they turn round', () => {
    expect(boxInView(cameraAt(0.6, 0), box)).toBe(false);
    expect(boxInView(cameraAt(-20, 0.6), box)).toBe(false);
    expect(boxInView(cameraAt(0.6, Math.PI), box)).toBe(true);
    expect(boxInView(cameraAt(0.6, Math.PI / 2), box)).toBe(true);
  });
});
