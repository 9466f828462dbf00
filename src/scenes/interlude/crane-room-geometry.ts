import { CylinderGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';
import { createCraneLampShade } from './lamp-geometry';
import { CRANE_ROOM, PIT, RAIL_Y, ROOM, WALL } from './layout';
import { HULL, PIPE, RIB } from './ship-palette';
import { slab } from './slab';

/** The crane room's walls, deckhead, frames, pipes and rail, and the back door: the ship's, by day only. */
export function createCraneRoom(): BufferGeometry {
  const { minX, maxX, height } = CRANE_ROOM;
  const parts: BufferGeometry[] = [
    slab([minX, height, -7], [maxX, height + 0.1, 0], '#262d2b'),
    slab([minX - WALL, 0, -7], [minX, height, 0], HULL),
    slab([maxX, 0, -7], [maxX + WALL, height, 0], HULL),
    slab([minX, 0, -7 - WALL], [maxX, height, -7], HULL),
    slab([-4, ROOM.height, -WALL / 2], [4, height, WALL / 2], HULL),
    slab([PIT.x - 0.12, RAIL_Y, -6.9], [PIT.x + 0.12, RAIL_Y + 0.16, -1.0], '#7d6f3a'),
    slab([2.3, 0, -6.99], [3.3, 2.1, -6.93], '#1d2321'),
    ...createCraneLampShade(),
  ];
  for (let z = -6.4; z < -0.2; z += 1.3) {
    parts.push(slab([minX, 0, z], [minX + 0.1, height, z + 0.14], RIB));
    parts.push(slab([maxX - 0.1, 0, z], [maxX, height, z + 0.14], RIB));
    parts.push(slab([minX, height - 0.16, z], [maxX, height, z + 0.14], RIB));
  }
  for (const [x, r] of [
    [-3.2, 0.07],
    [-2.95, 0.05],
    [3.1, 0.09],
  ] as const) {
    parts.push(painted(new CylinderGeometry(r, r, 7, 8).rotateX(Math.PI / 2).translate(x, height - 0.3, -3.5), PIPE));
  }
  return mergeParts(parts);
}
