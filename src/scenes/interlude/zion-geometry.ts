import { BoxGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { mergeParts, painted } from '../shared/figure-parts';
import { CRANE_ROOM, MICHAEL_SPOT, PIT } from './layout';
import { slab } from './slab';

const STEEL = '#3a3a34';
const WARM = '#ffc27a';

/** The landing's lamp posts, where the crane room was by day: at its outer corners. */
export const LANDING_LAMPS: readonly (readonly [number, number, number])[] = [
  [CRANE_ROOM.minX + 0.15, 2.1, -6.85],
  [CRANE_ROOM.maxX - 0.15, 2.1, -6.85],
];

/**
 * By night the ship is docked in Zion: beyond the control room a landing over the cavern, railed
 * where the crane room's walls stood (so the same walls stop a walker), the canal's pit under a
 * grate, a crate where the boy stood. One draw.
 */
export function createLanding(): BufferGeometry {
  const { minX, maxX } = CRANE_ROOM;
  const parts: BufferGeometry[] = [];
  const rail = (from: [number, number], to: [number, number]) => {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    const posts = Math.max(1, Math.round(length / 1.2));
    for (let i = 0; i <= posts; i += 1) {
      const k = i / posts;
      parts.push(painted(new CylinderGeometry(0.03, 0.03, 1.05, 6).translate(from[0] + (to[0] - from[0]) * k, 0.52, from[1] + (to[1] - from[1]) * k), STEEL));
    }
    for (const y of [0.55, 1.03]) {
      parts.push(
        slab([Math.min(from[0], to[0]) - 0.025, y, Math.min(from[1], to[1]) - 0.025], [Math.max(from[0], to[0]) + 0.025, y + 0.04, Math.max(from[1], to[1]) + 0.025], STEEL),
      );
    }
  };
  rail([minX + 0.05, -0.2], [minX + 0.05, -6.95]);
  rail([maxX - 0.05, -0.2], [maxX - 0.05, -6.95]);
  rail([minX + 0.05, -6.95], [maxX - 0.05, -6.95]);
  parts.push(slab([PIT.x - PIT.half, 0, PIT.z - PIT.half], [PIT.x + PIT.half, 0.02, PIT.z + PIT.half], '#2b302d'));
  for (let x = PIT.x - PIT.half + 0.1; x < PIT.x + PIT.half; x += 0.16) parts.push(slab([x, 0.02, PIT.z - PIT.half], [x + 0.04, 0.035, PIT.z + PIT.half], '#454b46'));
  parts.push(painted(new BoxGeometry(0.6, 0.6, 0.6).rotateY(0.3).translate(MICHAEL_SPOT[0], 0.3, MICHAEL_SPOT[2]), '#4d4230'));
  for (const [x, y, z] of LANDING_LAMPS) {
    parts.push(painted(new CylinderGeometry(0.035, 0.05, y, 6).translate(x, y / 2, z), STEEL));
    parts.push(painted(new CylinderGeometry(0.14, 0.1, 0.12, 8).translate(x, y + 0.12, z), STEEL));
  }
  return mergeParts(parts);
}

/** The landing lamps' bulbs, warm. */
export function createLandingGlow(): BufferGeometry {
  return mergeParts(LANDING_LAMPS.map(([x, y, z]) => painted(new CylinderGeometry(0.08, 0.08, 0.06, 8).translate(x, y + 0.04, z), WARM)));
}
