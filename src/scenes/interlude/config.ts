import type { Box, SceneConfig } from '../types';
import { CONSOLE, CRANE_ROOM, DOOR_HALF, GHOST_DOOR, GHOST_ROOM, LADDER, MICHAEL_SPOT, NIGHT_VIEW, PIT, PROCESSOR, ROOM, WALL } from './layout';

const H = 3;
const north = ROOM.minZ;

const colliders: Box[] = [
  // Floors of both rooms (the pit is behind Michael, and railed off).
  { center: [0, -0.5, -1], size: [10, 1, 16] },
  // Control room: south and west walls, the east wall either side of Ghost's room's doorway.
  { center: [0, H / 2, ROOM.maxZ + WALL / 2], size: [ROOM.maxX - ROOM.minX, H, WALL] },
  { center: [ROOM.minX - WALL / 2, H / 2, 3], size: [WALL, H, 6] },
  { center: [ROOM.maxX + WALL / 2, H / 2, GHOST_DOOR.minZ / 2], size: [WALL, H, GHOST_DOOR.minZ] },
  { center: [ROOM.maxX + WALL / 2, H / 2, (GHOST_DOOR.maxZ + ROOM.maxZ) / 2], size: [WALL, H, ROOM.maxZ - GHOST_DOOR.maxZ] },
  // The ladder in the south-west corner.
  { center: [LADDER.x, H / 2, LADDER.z + 0.32], size: [0.55, H, 0.15] },
  // Ghost's room: its walls, the desk and chair, the processor, the cot.
  { center: [(GHOST_ROOM.minX + GHOST_ROOM.maxX) / 2, H / 2, GHOST_ROOM.minZ - 0.1], size: [GHOST_ROOM.maxX - GHOST_ROOM.minX + 0.4, H, 0.2] },
  { center: [(GHOST_ROOM.minX + GHOST_ROOM.maxX) / 2, H / 2, GHOST_ROOM.maxZ + 0.1], size: [GHOST_ROOM.maxX - GHOST_ROOM.minX + 0.4, H, 0.2] },
  { center: [GHOST_ROOM.maxX + 0.1, H / 2, (GHOST_ROOM.minZ + GHOST_ROOM.maxZ) / 2], size: [0.2, H, GHOST_ROOM.maxZ - GHOST_ROOM.minZ] },
  { center: [5.25, 0.4, GHOST_ROOM.minZ + 0.31], size: [1.5, 0.8, 0.62] },
  { center: [5.25, 0.45, 3.55], size: [0.55, 0.9, 0.55] },
  { center: [PROCESSOR[0] + 0.02, 0.85, PROCESSOR[2]], size: [0.56, 1.7, 0.72] },
  { center: [5.12, 0.25, GHOST_ROOM.maxZ - 0.38], size: [1.65, 0.5, 0.7] },
  // The north wall, either side of the door, with the consoles in front of it.
  { center: [-(DOOR_HALF + 4) / 2, H / 2, north], size: [4 - DOOR_HALF, H, WALL] },
  { center: [(DOOR_HALF + 4) / 2, H / 2, north], size: [4 - DOOR_HALF, H, WALL] },
  { center: [-(CONSOLE.inner + 4) / 2, CONSOLE.height / 2, north + CONSOLE.depth / 2], size: [4 - CONSOLE.inner, CONSOLE.height, CONSOLE.depth] },
  { center: [(CONSOLE.inner + 4) / 2, CONSOLE.height / 2, north + CONSOLE.depth / 2], size: [4 - CONSOLE.inner, CONSOLE.height, CONSOLE.depth] },
  // Crane room walls.
  { center: [CRANE_ROOM.minX - WALL / 2, H / 2, -3.5], size: [WALL, H, 7] },
  { center: [CRANE_ROOM.maxX + WALL / 2, H / 2, -3.5], size: [WALL, H, 7] },
  { center: [0, H / 2, CRANE_ROOM.minZ - WALL / 2], size: [7, H, WALL] },
  // The railing round the canal's pit, and Michael himself.
  { center: [0.4, 0.5, -5.75], size: [2.2, 1, 1.9] },
  { center: [MICHAEL_SPOT[0], 0.6, MICHAEL_SPOT[2]], size: [0.5, 1.2, 0.5] },
  // The two chairs.
  { center: [-2.3, 0.45, 1.5], size: [0.6, 0.9, 0.6] },
  { center: [2.3, 0.45, 1.5], size: [0.6, 0.9, 0.6] },
];

/**
 * Close to the boy, where the tour stops for him: his beats are seen from here, not from the door,
 * looking down at him a little (he is a metre tall), his face above the subtitles.
 */
const MICHAEL_VIEW = { position: [0.1, 0, -2.5] as const, yaw: 0, pitch: -0.28 };

export const interludeConfig: SceneConfig = {
  id: 'interlude',
  spawn: { position: [0, 0, 4.6], yaw: 0 },
  colliders,
  // A few steps short of the boy, across the whole crane room, and on past him.
  zones: [{ id: 'interlude.michael', center: [0, 1, -2.7], size: [7, 2.5, 1.2], beyond: '-z' }],
  actions: [],
  tourStops: [
    { position: [0, 0, 4.6], yaw: 0, dwell: 6 },
    { position: [-1.7, 0, 1.7], yaw: 0.25, dwell: 5 },
    { position: [0, 0, 1.2], yaw: 0, dwell: 1 },
    { ...MICHAEL_VIEW, position: [...MICHAEL_VIEW.position], dwell: 30 },
  ],
  // Deep links to the boy's beats, and to the night shift, arrive where they are seen.
  beatViews: {
    'interlude.michael': MICHAEL_VIEW,
    'interlude.wait': MICHAEL_VIEW,
    'interlude.chip': MICHAEL_VIEW,
    'interlude.night-shift': NIGHT_VIEW,
  },
  landmarks: [
    { label: 'consoles', position: [0, 0, 0.4] },
    { label: 'crane-pit', position: [PIT.x, 0, PIT.z], until: 'interlude.night-shift' },
    { label: 'ghosts-room', position: PROCESSOR, after: 'interlude.night-shift' },
  ],
  background: '#07100d',
};
