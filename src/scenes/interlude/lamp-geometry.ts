import { ConeGeometry, CylinderGeometry, SphereGeometry, TorusGeometry, type BufferGeometry } from 'three';
import { painted } from '../shared/figure-parts';
import { CEILING_LAMP, CRANE_LAMP, CRANE_ROOM, ROOM } from './layout';

const FITTING = '#2a2f2d';

/** The control room's lamp cage, dark metal round the bulb. */
export function createLampCage(): BufferGeometry[] {
  const [x, , z] = CEILING_LAMP;
  const parts: BufferGeometry[] = [painted(new CylinderGeometry(0.02, 0.02, 0.2, 5).translate(x, ROOM.height - 0.1, z), FITTING)];
  for (const y of [0.1, 0.2]) parts.push(painted(new TorusGeometry(0.1, 0.008, 4, 12).rotateX(Math.PI / 2).translate(x, ROOM.height - 0.1 - y, z), FITTING));
  for (let i = 0; i < 4; i += 1) {
    const a = (i * Math.PI) / 2;
    parts.push(painted(new CylinderGeometry(0.007, 0.007, 0.22, 4).translate(x + 0.1 * Math.cos(a), ROOM.height - 0.26, z + 0.1 * Math.sin(a)), FITTING));
  }
  return parts;
}

/** The crane room lamp's shade and its rod. */
export function createCraneLampShade(): BufferGeometry[] {
  const [x, y, z] = CRANE_LAMP;
  const rod = CRANE_ROOM.height - y - 0.2;
  return [
    painted(new ConeGeometry(0.3, 0.25, 14, 1, true).translate(x, y + 0.1, z), '#3b413e'),
    painted(new CylinderGeometry(0.02, 0.02, rod, 5).translate(x, y + 0.2 + rod / 2, z), '#3b413e'),
  ];
}

/** The control room's bulb, lit by day. */
export function createCeilingBulb(): BufferGeometry {
  const [x, , z] = CEILING_LAMP;
  return painted(new SphereGeometry(0.07, 10, 8).translate(x, ROOM.height - 0.27, z), '#fff1d8');
}

/** The crane room's bulb, under its shade. */
export function createCraneBulb(): BufferGeometry {
  const [x, y, z] = CRANE_LAMP;
  return painted(new SphereGeometry(0.1, 10, 8).translate(x, y + 0.02, z), '#f4f6ee');
}
