import { CylinderGeometry, TorusGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';
import { createGhostRoom } from './ghost-room-geometry';
import { createLampCage } from './lamp-geometry';
import { CONSOLE, CRANE_ROOM, DOOR_HALF, DOOR_HEIGHT, GHOST_DOOR, LADDER, PIT, ROOM, WALL, WINDOW } from './layout';
import { chair } from './chair-geometry';
import { CABLE, FLOOR, GRATE, HULL, HULL_DARK, PIPE, RAILING, RIB } from './ship-palette';
import { brace, cable, slab, type Point } from './slab';

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
    // The window's frame and a mullion, and the console under it with its sloped desk.
    parts.push(slab([Math.min(wIn, wOut), WINDOW.bottom - 0.05, z0 - 0.03], [Math.max(wIn, wOut), WINDOW.bottom, z1 + 0.03], RIB));
    parts.push(slab([Math.min(wIn, wOut), WINDOW.top, z0 - 0.03], [Math.max(wIn, wOut), WINDOW.top + 0.05, z1 + 0.03], RIB));
    parts.push(slab([side * 2.5 - 0.03, WINDOW.bottom, z0 - 0.02], [side * 2.5 + 0.03, WINDOW.top, z1 + 0.02], RIB));
    const cIn = side * CONSOLE.inner;
    parts.push(slab([Math.min(cIn, outX), 0, 0], [Math.max(cIn, outX), CONSOLE.height, CONSOLE.depth], HULL_DARK));
    parts.push(slab([Math.min(cIn, outX), CONSOLE.height, 0], [Math.max(cIn, outX), CONSOLE.height + 0.03, CONSOLE.depth + 0.05], '#1a1f1e'));
    // The console's face: a kick plate and a rail, so it reads as a panel, not a block.
    parts.push(slab([Math.min(cIn, outX) + 0.05, 0.06, CONSOLE.depth], [Math.max(cIn, outX) - 0.05, 0.14, CONSOLE.depth + 0.02], RIB));
    parts.push(slab([Math.min(cIn, outX) + 0.05, 0.6, CONSOLE.depth], [Math.max(cIn, outX) - 0.05, 0.66, CONSOLE.depth + 0.02], RIB));
    for (let x = Math.min(cIn, outX) + 0.3; x < Math.max(cIn, outX) - 0.2; x += 0.7) {
      parts.push(slab([x, 0.22, CONSOLE.depth], [x + 0.4, 0.52, CONSOLE.depth + 0.01], '#343c3a'));
    }
    // Switch rows along the desk's front edge.
    for (let x = Math.min(cIn, outX) + 0.15; x < Math.max(cIn, outX) - 0.1; x += 0.09) {
      parts.push(slab([x, CONSOLE.height + 0.03, CONSOLE.depth - 0.08], [x + 0.045, CONSOLE.height + 0.05, CONSOLE.depth - 0.03], '#5a5f58'));
    }
  }
  parts.push(slab([-DOOR_HALF, DOOR_HEIGHT, z0], [DOOR_HALF, ROOM.height, z1], HULL));
  // The hatchway's heavy frame.
  parts.push(slab([-DOOR_HALF - 0.1, 0, z1], [-DOOR_HALF, DOOR_HEIGHT + 0.1, z1 + 0.06], RIB));
  parts.push(slab([DOOR_HALF, 0, z1], [DOOR_HALF + 0.1, DOOR_HEIGHT + 0.1, z1 + 0.06], RIB));
  parts.push(slab([-DOOR_HALF - 0.1, DOOR_HEIGHT, z1], [DOOR_HALF + 0.1, DOOR_HEIGHT + 0.1, z1 + 0.06], RIB));
  return parts;
}

/** The control room's side walls, the east one opened by Ghost's room's doorway. */
function sideWalls(): BufferGeometry[] {
  const { minX, maxX, minZ, maxZ, height } = ROOM;
  return [
    slab([minX - WALL, 0, minZ], [minX, height, maxZ], HULL),
    slab([maxX, 0, minZ], [maxX + WALL, height, GHOST_DOOR.minZ], HULL),
    slab([maxX, 0, GHOST_DOOR.maxZ], [maxX + WALL, height, maxZ], HULL),
    slab([maxX, GHOST_DOOR.height, GHOST_DOOR.minZ], [maxX + WALL, height, GHOST_DOOR.maxZ], HULL),
    slab([minX, 0, maxZ], [maxX, height, maxZ + WALL], HULL),
  ];
}

/**
 * What makes the room a hull: frames every 1.1 m with knees across the upper corners, chamfered
 * plating between them, a grated deck, pipes and cable runs under the deckhead.
 */
function hull(): BufferGeometry[] {
  const { minX, maxX, height } = ROOM;
  const parts: BufferGeometry[] = [];
  const inDoorway = (z: number) => z > GHOST_DOOR.minZ - 0.15 && z < GHOST_DOOR.maxZ + 0.05;
  for (let z = 0.6; z < 6; z += 1.1) {
    parts.push(slab([minX, 0, z], [minX + 0.1, height, z + 0.12], RIB));
    if (!inDoorway(z)) parts.push(slab([maxX - 0.1, 0, z], [maxX, height, z + 0.12], RIB));
    parts.push(slab([minX, height - 0.14, z], [maxX, height, z + 0.12], RIB));
    for (const side of [-1, 1]) parts.push(brace([0.75, 0.12, 0.12], (side * Math.PI) / 4, [side * (maxX - 0.3), height - 0.3, z + 0.06], RIB));
  }
  for (const side of [-1, 1]) {
    parts.push(brace([0.62, 0.04, 6], (side * Math.PI) / 4, [side * (maxX - 0.2), height - 0.2, 3], HULL_DARK));
  }
  // The grating: raised bars across a darker deck, a walkway down the middle.
  for (let z = 0.9; z < 5.9; z += 0.22) parts.push(slab([-1.2, 0, z], [1.2, 0.012, z + 0.05], GRATE));
  parts.push(slab([-1.25, 0, 0.85], [-1.2, 0.02, 5.95], RIB), slab([1.2, 0, 0.85], [1.25, 0.02, 5.95], RIB));
  for (const [x, r] of [
    [-3.35, 0.07],
    [-3.1, 0.05],
    [3.3, 0.09],
    [2.95, 0.04],
  ] as const) {
    parts.push(painted(new CylinderGeometry(r, r, 6, 8).rotateX(Math.PI / 2).translate(x, height - 0.3, 3), PIPE));
    for (let z = 1.2; z < 6; z += 2.2) parts.push(painted(new TorusGeometry(r + 0.015, 0.012, 4, 10).translate(x, height - 0.3, z), RAILING));
  }
  // Cable runs sagging between the frames, and drops to the consoles' backs.
  for (const [x, y, r] of [
    [-2.2, 2.66, 0.025],
    [-2.05, 2.6, 0.018],
    [2.1, 2.64, 0.03],
    [0.6, 2.7, 0.02],
  ] as const) {
    const run: Point[] = [];
    for (let z = 0.1, i = 0; z < 6; z += 0.55, i += 1) run.push([x + 0.02 * Math.sin(i), i % 2 ? y - 0.09 : y, z]);
    parts.push(cable(run, r, CABLE));
  }
  for (const x of [-3.2, -2.6, -1.6, 1.5, 2.2, 3.4]) {
    parts.push(
      cable(
        [
          [x, height - 0.05, 0.25],
          [x + 0.05, 1.9, 0.18],
          [x, 1.25, 0.12],
          [x - 0.03, CONSOLE.height + 0.02, 0.12],
        ],
        0.018,
        CABLE,
      ),
    );
  }
  return parts;
}

/** The ladder up to the deck hatch, in the south-west corner. */
function ladder(): BufferGeometry[] {
  const { x, z } = LADDER;
  const parts = [slab([x - 0.24, 0, z + 0.3], [x - 0.2, ROOM.height, z + 0.34], RAILING), slab([x + 0.2, 0, z + 0.3], [x + 0.24, ROOM.height, z + 0.34], RAILING)];
  for (let y = 0.3; y < ROOM.height - 0.1; y += 0.3) parts.push(painted(new CylinderGeometry(0.015, 0.015, 0.44, 5).rotateZ(Math.PI / 2).translate(x, y, z + 0.32), RAILING));
  parts.push(painted(new CylinderGeometry(0.42, 0.42, 0.1, 16, 1, true).translate(x, ROOM.height - 0.02, z), RIB));
  parts.push(painted(new CylinderGeometry(0.38, 0.38, 0.04, 16).translate(x, ROOM.height + 0.02, z), HULL_DARK));
  parts.push(painted(new TorusGeometry(0.16, 0.015, 4, 12).rotateX(Math.PI / 2).translate(x, ROOM.height - 0.04, z), RAILING));
  return parts;
}

/** The floors both rooms keep day and night: the control room's deck, the crane room's round the canal's pit, and its railing. */
function decks(): BufferGeometry[] {
  const parts = [
    slab([ROOM.minX, -0.1, ROOM.minZ], [ROOM.maxX, 0, ROOM.maxZ], FLOOR),
    slab([ROOM.minX, ROOM.height, ROOM.minZ], [ROOM.maxX, ROOM.height + 0.1, ROOM.maxZ], HULL_DARK),
    slab([CRANE_ROOM.minX, -0.1, -7], [CRANE_ROOM.maxX, 0, PIT.z - PIT.half], FLOOR),
    slab([CRANE_ROOM.minX, -0.1, PIT.z + PIT.half], [CRANE_ROOM.maxX, 0, 0], FLOOR),
    slab([CRANE_ROOM.minX, -0.1, PIT.z - PIT.half], [PIT.x - PIT.half, 0, PIT.z + PIT.half], FLOOR),
    slab([PIT.x + PIT.half, -0.1, PIT.z - PIT.half], [CRANE_ROOM.maxX, 0, PIT.z + PIT.half], FLOOR),
    slab([PIT.x - PIT.half, -PIT.depth, PIT.z - PIT.half - 0.05], [PIT.x + PIT.half, 0, PIT.z - PIT.half], '#141817'),
    slab([PIT.x - PIT.half, -PIT.depth, PIT.z + PIT.half], [PIT.x + PIT.half, 0, PIT.z + PIT.half + 0.05], '#141817'),
    slab([PIT.x - PIT.half - 0.05, -PIT.depth, PIT.z - PIT.half], [PIT.x - PIT.half, 0, PIT.z + PIT.half], '#141817'),
    slab([PIT.x + PIT.half, -PIT.depth, PIT.z - PIT.half], [PIT.x + PIT.half + 0.05, 0, PIT.z + PIT.half], '#141817'),
  ];
  for (const [x, z] of [
    [PIT.x - 1.0, -4.85],
    [PIT.x + 1.0, -4.85],
    [PIT.x - 1.0, -6.7],
    [PIT.x + 1.0, -6.7],
  ] as const) {
    parts.push(painted(new CylinderGeometry(0.03, 0.03, 1, 6).translate(x, 0.5, z), RAILING));
  }
  parts.push(slab([PIT.x - 1.03, 0.96, -4.88], [PIT.x + 1.03, 1.0, -4.82], RAILING));
  parts.push(slab([PIT.x - 1.03, 0.96, -6.73], [PIT.x - 0.97, 1.0, -4.82], RAILING));
  parts.push(slab([PIT.x + 0.97, 0.96, -6.73], [PIT.x + 1.03, 1.0, -4.82], RAILING));
  return parts;
}

/** The control room (the ship's by day, the base's by night), its decks and Ghost's room: one draw. */
export function createShip(): BufferGeometry {
  const parts = [...decks(), ...sideWalls(), ...northWall(), ...hull(), ...ladder(), ...createGhostRoom(), ...createLampCage()];
  for (const x of [-2.3, 2.3]) parts.push(...chair(x, 1.5));
  return mergeParts(parts);
}
