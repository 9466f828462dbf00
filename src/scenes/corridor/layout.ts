/** The hallway of doors, in metres: it runs from the entrance (+Z) toward the Keymaker's door (-Z). */
export const HALF_WIDTH = 1.5;
export const HEIGHT = 3.0;
export const ENTRANCE_Z = 1.5;
export const END_Z = -30;
export const LENGTH = ENTRANCE_Z - END_Z;
export const CENTER_Z = (ENTRANCE_Z + END_Z) / 2;

export const DOOR_WIDTH = 0.95;
export const DOOR_HEIGHT = 2.15;
/** Door centres along each side wall. */
export const DOOR_ZS: readonly number[] = Array.from({ length: 8 }, (_, i) => -2.6 - i * 3.2);

/** Smith waits three doors down on the left, his back to the door. */
export const SMITH_DOOR_Z = DOOR_ZS[2]!;
export const SMITH_HOME: readonly [number, number, number] = [-HALF_WIDTH + 0.32, 0, SMITH_DOOR_Z];

/** Light fixtures along the ceiling; the ones with a real light are listed by index. */
export const FIXTURE_ZS: readonly number[] = [-0.8, -4.6, -8.4, -12.2, -16, -19.8, -23.6, -27.4];
export const LIT_FIXTURES: readonly number[] = [0, 1, 2, 4];
