import type { Box, SceneConfig } from '../types';

/** The white room: 24 m square, 7 m high; the player enters at the south wall, facing north. */
export const ROOM_HALF = 12;
export const ROOM_HEIGHT = 7;
const WALL = 1;

const walls: Box[] = [
  { center: [0, -0.5, 0], size: [ROOM_HALF * 2 + 2, 1, ROOM_HALF * 2 + 2] },
  { center: [0, ROOM_HEIGHT / 2, -ROOM_HALF - WALL / 2], size: [ROOM_HALF * 2 + 2, ROOM_HEIGHT, WALL] },
  { center: [0, ROOM_HEIGHT / 2, ROOM_HALF + WALL / 2], size: [ROOM_HALF * 2 + 2, ROOM_HEIGHT, WALL] },
  { center: [-ROOM_HALF - WALL / 2, ROOM_HEIGHT / 2, 0], size: [WALL, ROOM_HEIGHT, ROOM_HALF * 2] },
  { center: [ROOM_HALF + WALL / 2, ROOM_HEIGHT / 2, 0], size: [WALL, ROOM_HEIGHT, ROOM_HALF * 2] },
];

/** Where the next place will load: a band across the room, a few steps ahead of the spawn. */
export const THRESHOLD_Z = 1;

export const constructConfig: SceneConfig = {
  id: 'construct',
  spawn: { position: [0, 0, 8], yaw: 0 },
  colliders: walls,
  zones: [{ id: 'construct.threshold', center: [0, 1, THRESHOLD_Z], size: [ROOM_HALF * 2, 2.5, 3], beyond: '-z' }],
  actions: [],
  tourStops: [
    { position: [0, 0, 8], yaw: 0, dwell: 4 },
    { position: [0, 0, 2], yaw: 0, dwell: 6 },
  ],
  // Nothing but white: Describe says so.
  landmarks: [],
  background: '#f4f6f4',
};
