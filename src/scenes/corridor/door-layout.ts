import { Color, Matrix4, Quaternion, Vector3 } from 'three';
import { hash01 } from '../../systems/flicker';
import { DOOR_HEIGHT, DOOR_ZS, END_Z, ENTRANCE_Z, HALF_WIDTH } from './layout';

export interface DoorPlacement {
  matrix: Matrix4;
  color: Color;
  /** The Keymaker's door at the end of the hall. */
  keymaker: boolean;
}

/** Imperfect, different shades of green: no two doors painted alike. */
export function doorGreen(i: number): Color {
  const hue = 0.27 + 0.1 * hash01(i, 5);
  const saturation = 0.22 + 0.3 * hash01(i, 6);
  const lightness = 0.26 + 0.2 * hash01(i, 7);
  return new Color().setHSL(hue, saturation, lightness);
}

/** Every door in the hall: both sides, the entrance behind the spawn and the Keymaker's ahead. */
export function doorPlacements(): DoorPlacement[] {
  const doors: DoorPlacement[] = [];
  const up = new Vector3(0, 1, 0);
  const place = (x: number, z: number, yaw: number, keymaker = false) => {
    const matrix = new Matrix4().compose(new Vector3(x, DOOR_HEIGHT / 2, z), new Quaternion().setFromAxisAngle(up, yaw), new Vector3(1, 1, 1));
    doors.push({ matrix, color: keymaker ? new Color('#8fa58a') : doorGreen(doors.length), keymaker });
  };
  for (const z of DOOR_ZS) {
    place(-HALF_WIDTH + 0.03, z, Math.PI / 2);
    place(HALF_WIDTH - 0.03, z, -Math.PI / 2);
  }
  place(0, ENTRANCE_Z - 0.03, Math.PI);
  place(0, END_Z + 0.03, 0, true);
  return doors;
}
