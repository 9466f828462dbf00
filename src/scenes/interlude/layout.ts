/**
 * The rescue ship: a control room (the player's side), and through a doorway and an observation
 * window, the crane room where the waste canal comes out. Metres; -Z is toward the crane room.
 */
export const ROOM = { minX: -4, maxX: 4, minZ: 0, maxZ: 6, height: 2.8 };
export const CRANE_ROOM = { minX: -3.5, maxX: 3.5, minZ: -7, maxZ: 0, height: 4.2 };
export const DOOR_HALF = 0.8;
export const DOOR_HEIGHT = 2.2;
/** The observation windows either side of the door, above the consoles. */
export const WINDOW = { bottom: 1.5, top: 2.4, inner: 1.3, outer: 3.7 };
export const CONSOLE = { depth: 0.75, height: 0.8, inner: 1.05 };
export const WALL = 0.2;
/** Where the canal comes out: a pit in the crane room floor, and the crane's rail above it. */
export const PIT = { x: 0.4, z: -5.9, half: 0.8, depth: 1.6 };
/** Where Michael stands once the crane has set him down, facing the door. */
export const MICHAEL_SPOT: readonly [number, number, number] = [0.4, 0, -4.4];
export const RAIL_Y = 4.0;
/** Sparks's chair at the left console; where Neo stands watching him at night. */
export const SPARKS_SEAT: readonly [number, number, number] = [-2.3, 0, 1.5];
export const NIGHT_SPOT: readonly [number, number, number] = [-0.3, 0, 2.5];
