import type { Box, SceneConfig } from '../types';

/** The weather line: rain for z < LINE_Z, snow behind it. The player arrives two feet behind it. */
export const LINE_Z = 0;
const SPAWN_Z = LINE_Z + 0.6;

/** The open plaza the player can walk: x in [-HALF_WIDTH, HALF_WIDTH], z from the door to BACK_Z. */
export const HALF_WIDTH = 16;
export const BACK_Z = 7;

/** The building that stands still: its front face, its footprint and its door (at x = 0). */
export const CONSTANT = { frontZ: -38.5, width: 16, depth: 13.5, height: 34 };
export const DOOR = { width: 1.6, height: 2.6 };

/** The crowd waits in the snow along the avenue behind the spawn; the portal is at its far end. */
export const CROWD = { count: 2400, nearZ: 9, farZ: 300, halfWidth: 26 };
export const PORTAL = { position: [0, 38, 175] as const, radius: 20 };
export const LAKE = { x: -35, z: -20, radius: 14 };

const WALL_HEIGHT = 4;
const depth = BACK_Z - CONSTANT.frontZ + 2;
const midZ = (BACK_Z + CONSTANT.frontZ) / 2;

const colliders: Box[] = [
  { center: [0, -0.5, 0], size: [400, 1, 800] },
  // Invisible limits: the plaza is open, but the walk goes forward, into the rain.
  { center: [-HALF_WIDTH - 0.5, WALL_HEIGHT / 2, midZ], size: [1, WALL_HEIGHT, depth] },
  { center: [HALF_WIDTH + 0.5, WALL_HEIGHT / 2, midZ], size: [1, WALL_HEIGHT, depth] },
  { center: [0, WALL_HEIGHT / 2, BACK_Z + 0.5], size: [HALF_WIDTH * 2 + 2, WALL_HEIGHT, 1] },
  { center: [0, WALL_HEIGHT / 2, CONSTANT.frontZ - 1], size: [HALF_WIDTH * 2 + 2, WALL_HEIGHT, 1] },
  {
    center: [0, CONSTANT.height / 2, CONSTANT.frontZ - CONSTANT.depth / 2],
    size: [CONSTANT.width, CONSTANT.height, CONSTANT.depth],
  },
];

/** The building that stands, seen whole from its corner: its tour stop, and where its deep link arrives. */
const CONSTANT_VIEW = { position: [-7.5, 0, -29.2] as const, yaw: -0.62 };

export const plazaConfig: SceneConfig = {
  id: 'plaza',
  spawn: { position: [0, 0, SPAWN_Z], yaw: 0 },
  colliders,
  zones: [
    { id: 'plaza.rain', center: [0, 1, (LINE_Z + CONSTANT.frontZ) / 2], size: [HALF_WIDTH * 2, 3, LINE_Z - CONSTANT.frontZ], beyond: '-z' },
    // The last stretch to the facade: a player who hurries to the door past the rain's lines still
    // hears of the building once they are read (a place reached holds while the player is there).
    { id: 'plaza.constant-building', center: [0, 1, CONSTANT.frontZ + 5], size: [HALF_WIDTH * 2, 3, 10], beyond: '-z' },
  ],
  actions: [
    // The player's capsule stops 0.3 m from the facade, inside this box: walking into the door offers it.
    {
      action: 'plaza.open-door',
      label: 'Open the door',
      center: [0, 1, CONSTANT.frontZ + 0.8],
      size: [DOOR.width + 0.8, 3, 1.6],
      target: { kind: 'door', center: [0, DOOR.height / 2, CONSTANT.frontZ + 0.25], size: [DOOR.width + 0.1, DOOR.height + 0.1] },
    },
  ],
  tourStops: [
    { position: [0, 0, SPAWN_Z], yaw: 0, dwell: 5 },
    { position: [0, 0, 4], yaw: Math.PI, dwell: 6 },
    { position: [2, 0, -16], yaw: 0.6, dwell: 5 },
    // The building that stands, seen whole from its corner (its beat plays here): the door, the
    // shadow it throws across the plaza, the city falling beyond. Closer, it is a flat wall.
    { ...CONSTANT_VIEW, position: [...CONSTANT_VIEW.position], dwell: 4 },
    // Then straight at the door, as a walker would come to it.
    { position: [0, 0, CONSTANT.frontZ + 5], yaw: 0, dwell: 0.5 },
    { position: [0, 0, CONSTANT.frontZ + 1.5], yaw: 0, dwell: 4 },
  ],
  beatViews: { 'plaza.constant-building': CONSTANT_VIEW },
  landmarks: [
    { label: 'weather-line', position: [0, 0, LINE_Z] },
    { label: 'crowd', position: [0, 0, CROWD.nearZ + 6] },
    { label: 'lake', position: [LAKE.x, 0, LAKE.z] },
    { label: 'constant-building', position: [0, 0, CONSTANT.frontZ], after: 'plaza.into-the-rain' },
    { label: 'portal', position: PORTAL.position },
  ],
  background: '#c9d8e6',
};
