/** The ship's paint: dark metal, worn. */
export const HULL = '#434b49';
export const HULL_DARK = '#262d2b';
export const RIB = '#59625e';
export const FLOOR = '#3a4240';
export const GRATE = '#4d5553';
export const PIPE = '#6b5f4c';
export const CABLE = '#15191a';
export const RAILING = '#8a7a3c';
