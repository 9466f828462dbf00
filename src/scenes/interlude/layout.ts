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
/** Beside the console, a little in front of Sparks, so his face shows in the screens' light. */
export const NIGHT_SPOT: readonly [number, number, number] = [-0.55, 0, 1.05];
export const NIGHT_VIEW = { position: NIGHT_SPOT, yaw: 1.5, pitch: -0.16 };
/**
 * Ghost's old room, the storage room off the control room's east side, through a doorway in its
 * wall: a cot, a desk with a screen, and the processor where Neo loads the chip.
 */
export const GHOST_ROOM = { minX: 4.2, maxX: 6.8, minZ: 2.6, maxZ: 5.6, height: 2.4 };
export const GHOST_DOOR = { minZ: 3.45, maxZ: 4.85, height: 2.05 };
/** The processor against the room's far wall, its slot facing the doorway: seen through it from the console. */
export const PROCESSOR: readonly [number, number, number] = [6.45, 0, 5.05];
/** The bare bulb hanging in the middle of Ghost's room. */
export const GHOST_BULB: readonly [number, number, number] = [5.5, 1.95, 4.3];
/** The ladder up to the deck hatch, in the control room's south-west corner. */
export const LADDER = { x: -3.55, z: 5.45 };
/**
 * The crane room's lamp, hung low on a rod beside the crane's rail, over where the boy is set
 * down: the one light that casts shadows, his falling across the lit deck beside him.
 */
export const CRANE_LAMP: readonly [number, number, number] = [MICHAEL_SPOT[0] - 1.2, 3.3, MICHAEL_SPOT[2] + 0.4];
/** The control room's caged deckhead lamp (its light hangs just under the bulb). */
export const CEILING_LAMP: readonly [number, number, number] = [0, 2.5, 2.75];
