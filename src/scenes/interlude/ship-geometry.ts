import { BoxGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';
import { CONSOLE, CRANE_ROOM, DOOR_HALF, DOOR_HEIGHT, PIT, RAIL_Y, ROOM, WALL, WINDOW } from './layout';

const HULL = '#4a5250';
const HULL_DARK = '#2c3331';
const RIB = '#5d6663';
const FLOOR = '#252b2a';
const PIPE = '#6b5f4c';

/** A box from its min and max corners, painted. */
function slab(min: [number, number, number], max: [number, number, number], color: string): BufferGeometry {
  const size = max.map((v, i) => v - min[i]!) as [number, number, number];
  return painted(new BoxGeometry(...size).translate((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2), color);
}

/** The north wall: door in the middle, an observation window over each console. */
function northWall(): BufferGeometry[] {
  const parts: BufferGeometry[] = [];
  const z0 = -WALL / 2;
  const z1 = WALL / 2;
  for (const side of [-1, 1]) {
    const inX = side * DOOR_HALF;
    const outX = side * 4;
    const lo = Math.min(inX, outX);
    const hi = Math.max(inX, outX);
    const wIn = side * WINDOW.inner;
    const wOut = side * WINDOW.outer;
    parts.push(slab([lo, 0, z0], [hi, WINDOW.bottom, z1], HULL));
    parts.push(slab([lo, WINDOW.top, z0], [hi, ROOM.height, z1], HULL));
    parts.push(slab([Math.min(inX, wIn), WINDOW.bottom, z0], [Math.max(inX, wIn), WINDOW.top, z1], HULL));
    parts.push(slab([Math.min(wOut, outX), WINDOW.bottom, z0], [Math.max(wOut, outX), WINDOW.top, z1], HULL));
    // A window frame, and the console under it.
    parts.push(slab([Math.min(wIn, wOut), WINDOW.bottom - 0.04, z0 - 0.03], [Math.max(wIn, wOut), WINDOW.bottom, z1 + 0.03], RIB));
    const cIn = side * CONSOLE.inner;
    parts.push(slab([Math.min(cIn, outX), 0, 0], [Math.max(cIn, outX), CONSOLE.height, CONSOLE.depth], HULL_DARK));
    parts.push(slab([Math.min(cIn, outX), CONSOLE.height, 0], [Math.max(cIn, outX), CONSOLE.height + 0.03, CONSOLE.depth + 0.05], '#1a1f1e'));
  }
  parts.push(slab([-DOOR_HALF, DOOR_HEIGHT, z0], [DOOR_HALF, ROOM.height, z1], HULL));
  return parts;
}

/** Both rooms' hulls, ribs, pipes, consoles, chairs, the pit and its railing: one draw. */
export function createShip(): BufferGeometry {
  const parts: BufferGeometry[] = [
    slab([ROOM.minX, -0.1, ROOM.minZ], [ROOM.maxX, 0, ROOM.maxZ], FLOOR),
    slab([ROOM.minX, ROOM.height, ROOM.minZ], [ROOM.maxX, ROOM.height + 0.1, ROOM.maxZ], HULL_DARK),
    slab([ROOM.minX - WALL, 0, ROOM.minZ], [ROOM.minX, ROOM.height, ROOM.maxZ], HULL),
    slab([ROOM.maxX, 0, ROOM.minZ], [ROOM.maxX + WALL, ROOM.height, ROOM.maxZ], HULL),
    slab([ROOM.minX, 0, ROOM.maxZ], [ROOM.maxX, ROOM.height, ROOM.maxZ + WALL], HULL),
    ...northWall(),
    // The crane room: a floor round the pit, walls, a high ceiling.
    slab([CRANE_ROOM.minX, -0.1, -7], [CRANE_ROOM.maxX, 0, PIT.z - PIT.half], FLOOR),
    slab([CRANE_ROOM.minX, -0.1, PIT.z + PIT.half], [CRANE_ROOM.maxX, 0, 0], FLOOR),
    slab([CRANE_ROOM.minX, -0.1, PIT.z - PIT.half], [PIT.x - PIT.half, 0, PIT.z + PIT.half], FLOOR),
    slab([PIT.x + PIT.half, -0.1, PIT.z - PIT.half], [CRANE_ROOM.maxX, 0, PIT.z + PIT.half], FLOOR),
    slab([CRANE_ROOM.minX, CRANE_ROOM.height, -7], [CRANE_ROOM.maxX, CRANE_ROOM.height + 0.1, 0], HULL_DARK),
    slab([CRANE_ROOM.minX - WALL, 0, -7], [CRANE_ROOM.minX, CRANE_ROOM.height, 0], HULL),
    slab([CRANE_ROOM.maxX, 0, -7], [CRANE_ROOM.maxX + WALL, CRANE_ROOM.height, 0], HULL),
    slab([CRANE_ROOM.minX, 0, -7 - WALL], [CRANE_ROOM.maxX, CRANE_ROOM.height, -7], HULL),
    slab([-4, ROOM.height, -WALL / 2], [4, CRANE_ROOM.height, WALL / 2], HULL),
    // The pit: dark walls going down to the canal's water.
    slab([PIT.x - PIT.half, -PIT.depth, PIT.z - PIT.half - 0.05], [PIT.x + PIT.half, 0, PIT.z - PIT.half], '#141817'),
    slab([PIT.x - PIT.half, -PIT.depth, PIT.z + PIT.half], [PIT.x + PIT.half, 0, PIT.z + PIT.half + 0.05], '#141817'),
    slab([PIT.x - PIT.half - 0.05, -PIT.depth, PIT.z - PIT.half], [PIT.x - PIT.half, 0, PIT.z + PIT.half], '#141817'),
    slab([PIT.x + PIT.half, -PIT.depth, PIT.z - PIT.half], [PIT.x + PIT.half + 0.05, 0, PIT.z + PIT.half], '#141817'),
    // The crane's rail, along the crane room's ceiling.
    slab([PIT.x - 0.12, RAIL_Y, -6.9], [PIT.x + 0.12, RAIL_Y + 0.16, -1.0], '#7d6f3a'),
  ];
  // The railing round the pit, and the back door the medics take the boy through.
  for (const [x, z] of [[PIT.x - 1.0, -4.85], [PIT.x + 1.0, -4.85], [PIT.x - 1.0, -6.7], [PIT.x + 1.0, -6.7]] as const) {
    parts.push(painted(new CylinderGeometry(0.03, 0.03, 1, 6).translate(x, 0.5, z), '#8a7a3c'));
  }
  parts.push(slab([PIT.x - 1.03, 0.96, -4.88], [PIT.x + 1.03, 1.0, -4.82], '#8a7a3c'));
  parts.push(slab([PIT.x - 1.03, 0.96, -6.73], [PIT.x - 0.97, 1.0, -4.82], '#8a7a3c'));
  parts.push(slab([PIT.x + 0.97, 0.96, -6.73], [PIT.x + 1.03, 1.0, -4.82], '#8a7a3c'));
  parts.push(slab([2.3, 0, -6.99], [3.3, 2.1, -6.93], '#1d2321'));
  // Ribs down the walls, and pipes under the ceiling: a ship's hull, not a room.
  for (let z = 0.6; z < 6; z += 1.1) {
    parts.push(slab([ROOM.minX, 0, z], [ROOM.minX + 0.08, ROOM.height, z + 0.12], RIB));
    parts.push(slab([ROOM.maxX - 0.08, 0, z], [ROOM.maxX, ROOM.height, z + 0.12], RIB));
    parts.push(slab([ROOM.minX, ROOM.height - 0.12, z], [ROOM.maxX, ROOM.height, z + 0.12], RIB));
  }
  for (let z = -6.4; z < -0.2; z += 1.3) {
    parts.push(slab([CRANE_ROOM.minX, 0, z], [CRANE_ROOM.minX + 0.1, CRANE_ROOM.height, z + 0.14], RIB));
    parts.push(slab([CRANE_ROOM.maxX - 0.1, 0, z], [CRANE_ROOM.maxX, CRANE_ROOM.height, z + 0.14], RIB));
  }
  for (const [x, r] of [[-3.4, 0.07], [-3.1, 0.05], [3.3, 0.09]] as const) {
    parts.push(painted(new CylinderGeometry(r, r, 6, 8).rotateX(Math.PI / 2).translate(x, ROOM.height - 0.25, 3), PIPE));
    parts.push(painted(new CylinderGeometry(r, r, 7, 8).rotateX(Math.PI / 2).translate(x * 0.95, CRANE_ROOM.height - 0.3, -3.5), PIPE));
  }
  for (const x of [-2.3, 2.3]) parts.push(...chair(x, 1.5));
  return mergeParts(parts);
}

/** An operator's chair, turned toward the console. */
function chair(x: number, z: number): BufferGeometry[] {
  return [
    painted(new CylinderGeometry(0.26, 0.26, 0.04, 5).translate(x, 0.04, z), '#151919'),
    painted(new CylinderGeometry(0.035, 0.035, 0.42, 6).translate(x, 0.25, z), '#3c4241'),
    painted(new BoxGeometry(0.46, 0.08, 0.46).translate(x, 0.48, z), '#2b2119'),
    painted(new BoxGeometry(0.46, 0.5, 0.07).translate(x, 0.78, z + 0.22), '#2b2119'),
  ];
}
