import type { Box, SceneConfig } from '../types';
import { CENTER_Z, END_Z, ENTRANCE_Z, HALF_WIDTH, HEIGHT, LENGTH, SMITH_HOME } from './layout';

const WALL = 0.6;

const colliders: Box[] = [
  { center: [0, -0.5, CENTER_Z], size: [HALF_WIDTH * 2 + 2, 1, LENGTH + 2] },
  { center: [0, HEIGHT + 0.5, CENTER_Z], size: [HALF_WIDTH * 2 + 2, 1, LENGTH + 2] },
  { center: [-HALF_WIDTH - WALL / 2, HEIGHT / 2, CENTER_Z], size: [WALL, HEIGHT, LENGTH + 2] },
  { center: [HALF_WIDTH + WALL / 2, HEIGHT / 2, CENTER_Z], size: [WALL, HEIGHT, LENGTH + 2] },
  { center: [0, HEIGHT / 2, ENTRANCE_Z + WALL / 2], size: [HALF_WIDTH * 2, HEIGHT, WALL] },
  { center: [0, HEIGHT / 2, END_Z - WALL / 2], size: [HALF_WIDTH * 2, HEIGHT, WALL] },
  // Smith himself, by the door he guards: nobody walks through him.
  { center: [SMITH_HOME[0] - 0.05, 0.95, SMITH_HOME[2]], size: [0.5, 1.9, 0.6] },
];

/** A few steps from Smith, turned a little toward his door: where he greets Neo and talks. */
const TALK_VIEW = { position: [0.3, 0, SMITH_HOME[2] + 3.2] as const, yaw: 0.25 };
/** Nearer, facing him: the pills held out, the exchange, the blackout. */
const PILLS_VIEW = { position: [0.2, 0, SMITH_HOME[2] + 2.2] as const, yaw: 0.5 };

export const corridorConfig: SceneConfig = {
  id: 'corridor',
  spawn: { position: [0, 0, -0.4], yaw: 0 },
  colliders,
  zones: [
    // Walking toward Smith: a few steps short of him, and everything past him (a player who walks
    // by him while the arrival is told is greeted once it has been).
    { id: 'corridor.smith', center: [0, 1, SMITH_HOME[2] + 3.6], size: [HALF_WIDTH * 2, 2.5, 1.6], beyond: '-z' },
    // Back at the door he came in by.
    { id: 'corridor.entrance', center: [0, 1, ENTRANCE_Z - 0.45], size: [HALF_WIDTH * 2, 2.5, 0.7], beyond: '+z' },
  ],
  actions: [],
  tourStops: [
    { position: [0, 0, -0.4], yaw: 0, dwell: 6 },
    { ...TALK_VIEW, position: [...TALK_VIEW.position], dwell: 40 },
    { ...PILLS_VIEW, position: [...PILLS_VIEW.position], dwell: 40 },
  ],
  // A deep link into the conversation arrives by Smith, not at the far end of the hall. (Walking
  // back out, the walk-away ending, is seen from the spawn by the door.)
  beatViews: {
    'corridor.greeting': TALK_VIEW,
    'corridor.why': TALK_VIEW,
    'corridor.other-door': TALK_VIEW,
    'corridor.offer': PILLS_VIEW,
    'corridor.red': PILLS_VIEW,
    'corridor.blue': PILLS_VIEW,
    'corridor.blue-first': PILLS_VIEW,
    'corridor.red-second': PILLS_VIEW,
    'corridor.question': PILLS_VIEW,
    'corridor.exchange': PILLS_VIEW,
    'corridor.forgotten': PILLS_VIEW,
  },
  landmarks: [
    { label: 'entrance-door', position: [0, 0, ENTRANCE_Z] },
    { label: 'far-end', position: [0, 0, END_Z] },
  ],
  background: '#070b08',
};
