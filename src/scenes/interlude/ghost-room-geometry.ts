import { ConeGeometry, CylinderGeometry, SphereGeometry, type BufferGeometry } from 'three';
import { painted } from '../shared/figure-parts';
import { chair } from './chair-geometry';
import { GHOST_BULB, GHOST_ROOM, PROCESSOR } from './layout';
import { slab } from './slab';

const WALLS = '#3d4340';
const WOOD = '#4a3a2a';
const RACK = '#1b2120';

/** Where the desk lamp's bulb hangs, for the light it gives. */
export const DESK_LAMP: readonly [number, number, number] = [5.65, 1.22, 2.95];

/** Ghost's old room, kept as he left it: walls, a cot, books, a desk, and the processor. */
export function createGhostRoom(): BufferGeometry[] {
  const { minX, maxX, minZ, maxZ, height } = GHOST_ROOM;
  const [px, , pz] = PROCESSOR;
  const parts: BufferGeometry[] = [
    slab([minX - 0.2, -0.1, minZ], [maxX, 0, maxZ], '#262b29'),
    slab([minX - 0.2, height, minZ - 0.2], [maxX + 0.2, height + 0.1, maxZ + 0.2], '#222826'),
    slab([minX - 0.2, 0, minZ - 0.2], [maxX + 0.2, height, minZ], WALLS),
    slab([minX - 0.2, 0, maxZ], [maxX + 0.2, height, maxZ + 0.2], WALLS),
    slab([maxX, 0, minZ], [maxX + 0.2, height, maxZ], WALLS),
    // The processor: a rack against the far wall, vents down its face, the slot for a chip.
    slab([px - 0.25, 0, pz - 0.36], [px + 0.3, 1.7, pz + 0.36], RACK),
    slab([px - 0.27, 1.12, pz - 0.12], [px - 0.25, 1.2, pz + 0.12], '#0b0d0d'),
  ];
  for (let y = 0.2; y < 1.0; y += 0.1) parts.push(slab([px - 0.27, y, pz - 0.3], [px - 0.25, y + 0.04, pz + 0.3], '#2d3533'));
  // A cable from the processor to the desk, along the floor.
  parts.push(slab([px - 0.29, 0, minZ + 0.6], [px - 0.25, 0.03, pz - 0.36], '#111414'));
  // The desk against the north wall, a keyboard; the chair pulled out.
  parts.push(slab([4.5, 0.72, minZ], [6.0, 0.76, minZ + 0.62], WOOD));
  for (const x of [4.55, 5.9]) parts.push(slab([x, 0, minZ + 0.05], [x + 0.05, 0.72, minZ + 0.57], WOOD));
  parts.push(slab([5.0, 0.76, minZ + 0.35], [5.5, 0.78, minZ + 0.5], '#2a2e2c'));
  parts.push(...chair(5.25, 3.55, Math.PI + 0.4));
  // The desk lamp: a base, an arm, a shade over the bulb.
  const [lx, ly, lz] = DESK_LAMP;
  parts.push(painted(new CylinderGeometry(0.08, 0.09, 0.03, 10).translate(lx, 0.775, lz - 0.1), '#2a2a26'));
  parts.push(painted(new CylinderGeometry(0.012, 0.012, 0.5, 5).translate(lx, 1.02, lz - 0.1), '#2a2a26'));
  parts.push(painted(new ConeGeometry(0.13, 0.14, 12, 1, true).translate(lx, ly + 0.04, lz), '#6e5a32'));
  // The bulb's cord from the ceiling.
  parts.push(painted(new CylinderGeometry(0.006, 0.006, height - GHOST_BULB[1] - 0.05, 4).translate(GHOST_BULB[0], (height + GHOST_BULB[1]) / 2, GHOST_BULB[2]), '#111414'));
  // The cot along the south wall, its blanket folded at the foot; a shelf of books over it.
  parts.push(slab([4.3, 0, maxZ - 0.72], [5.95, 0.32, maxZ - 0.05], '#2f3533'));
  parts.push(slab([4.35, 0.32, maxZ - 0.68], [5.9, 0.42, maxZ - 0.09], '#6b6a5c'));
  parts.push(slab([5.4, 0.42, maxZ - 0.66], [5.88, 0.5, maxZ - 0.11], '#5a2f24'));
  parts.push(slab([4.4, 1.5, maxZ - 0.25], [5.9, 1.54, maxZ], WOOD));
  const BOOK = ['#5b2a22', '#2f4a3a', '#6a5a36', '#283a52', '#4a2f44', '#7a6a50'];
  for (let i = 0, x = 4.5; x < 5.75; i += 1) {
    const w = 0.04 + ((i * 7) % 5) * 0.012;
    const h = 0.18 + ((i * 5) % 4) * 0.03;
    parts.push(slab([x, 1.54, maxZ - 0.22], [x + w, 1.54 + h, maxZ - 0.04], BOOK[i % BOOK.length]!));
    x += w + 0.008;
  }
  return parts;
}

/** What glows in the room once its light is on: the bulb, the processor's lamps, the slot. */
export function createGhostGlow(): BufferGeometry[] {
  const [px, , pz] = PROCESSOR;
  const [lx, ly, lz] = DESK_LAMP;
  const parts: BufferGeometry[] = [
    painted(new CylinderGeometry(0.05, 0.05, 0.05, 8).translate(lx, ly, lz), '#ffd9a0'),
    painted(new SphereGeometry(0.05, 10, 8).scale(1, 1.3, 1).translate(...GHOST_BULB), '#ffe2b0'),
  ];
  for (let i = 0; i < 6; i += 1) {
    for (let j = 0; j < 3; j += 1)
      parts.push(slab([px - 0.27, 1.3 + i * 0.06, pz - 0.25 + j * 0.07], [px - 0.26, 1.33 + i * 0.06, pz - 0.21 + j * 0.07], (i + j) % 3 ? '#49ff8a' : '#ffb347'));
  }
  parts.push(slab([px - 0.28, 1.14, pz - 0.1], [px - 0.26, 1.18, pz + 0.1], '#49ff8a'));
  return parts;
}
