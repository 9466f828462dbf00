import type { Box, SceneConfig } from '../types';
import { ROOM_HALF, ROOM_HEIGHT, SHORE_Z, SHORELINE_Z, SPAWN_Z, WALK_LIMIT_Z } from './layout';

const FAR = 60;

const colliders: Box[] = [
  // The sand underfoot (its ripples are a few centimetres: the feet stay on this floor).
  { center: [0, -0.5, 0], size: [FAR * 2, 1, FAR * 2] },
  // The wet sand and the sea: the walk stops at the water's edge.
  { center: [0, 1.5, WALK_LIMIT_Z - 0.5], size: [FAR * 2, 4, 1] },
  // Out on the open beach, the dunes and the far ends hold the player in.
  { center: [0, 1.5, FAR - 20], size: [FAR * 2, 4, 1] },
  { center: [-FAR / 2 - 6, 1.5, 0], size: [1, 4, FAR * 2] },
  { center: [FAR / 2 + 6, 1.5, 0], size: [1, 4, FAR * 2] },
];

export const beachConfig: SceneConfig = {
  id: 'beach',
  spawn: { position: [0, 0, SPAWN_Z], yaw: 0 },
  colliders,
  // A step short of the wet sand, anywhere along the beach, and down to the water's edge.
  zones: [{ id: 'beach.shoreline', center: [0, 1, SHORELINE_Z], size: [FAR + 12, 2.5, 1.6], beyond: '-z' }],
  // Anywhere in the white, Neo can want it to change: the room's walls are light, not solid, and a
  // player who walks on through them while the white is described is still in the white.
  actions: [
    {
      action: 'beach.will-change',
      label: 'Will the white away',
      center: [0, 1, 0],
      size: [FAR * 2, 2.5, FAR * 2],
      // The white room itself: the ray meets it wherever it points.
      target: { kind: 'room', center: [0, ROOM_HEIGHT / 2, 0], size: [ROOM_HALF * 2 - 0.1, ROOM_HEIGHT - 0.1, ROOM_HALF * 2 - 0.1] },
    },
  ],
  tourStops: [
    { position: [0, 0, SPAWN_Z], yaw: 0, dwell: 5 },
    { position: [1.2, 0, SHORELINE_Z], yaw: 0.15, dwell: 30 },
  ],
  landmarks: [
    { label: 'sea', position: [0, 0, SHORE_Z - 8], after: 'beach.shore' },
    { label: 'water-edge', position: [0, 0, SHORELINE_Z], after: 'beach.shore' },
  ],
  background: '#f4f6f4',
};
