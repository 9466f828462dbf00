import { seededRandom } from './layout';

/** A piece of furniture as boxes: centre x, y, z and size x, y, z, in metres, standing on y = 0. */
type Part = [number, number, number, number, number, number];

const legs = (x: number, z: number, h: number): Part[] => [-1, 1].flatMap((sx) => [-1, 1].map((sz): Part => [sx * x, h / 2, sz * z, 0.06, h, 0.06]));

export const FURNITURE: Part[][] = [
  [[0, 0.45, 0, 0.5, 0.08, 0.5], [0, 0.8, 0.22, 0.5, 0.62, 0.06], ...legs(0.2, 0.2, 0.45)],
  [[0, 0.75, 0, 1.2, 0.06, 0.8], ...legs(0.52, 0.34, 0.72)],
  [
    [0, 0.25, 0, 1.8, 0.4, 0.8],
    [0, 0.62, 0.32, 1.8, 0.5, 0.16],
    [-0.85, 0.45, 0, 0.14, 0.4, 0.8],
    [0.85, 0.45, 0, 0.14, 0.4, 0.8],
  ],
  [
    [0, 0.02, 0, 0.35, 0.04, 0.35],
    [0, 0.8, 0, 0.04, 1.6, 0.04],
    [0, 1.6, 0, 0.45, 0.3, 0.45],
  ],
  [
    [0, 0.95, 0, 1.0, 1.9, 0.55],
    [-0.25, 0.95, -0.29, 0.46, 1.8, 0.03],
    [0.25, 0.95, -0.29, 0.46, 1.8, 0.03],
  ],
];

/** Up to this many boxes per piece; unused slots have no size. */
export const PARTS_PER_ITEM = 6;

export interface FurnitureBoxes {
  /** Per box: centre in the piece, and a seed. */
  box: Float32Array;
  /** Per box: size, and the piece's kind. */
  size: Float32Array;
  /** Per box: the piece's seed, and where it hovers (x, z, height). */
  item: Float32Array;
}

/** Pieces of furniture hovering in a ring above the lake, boxes laid out for one instanced draw. */
export function furnitureBoxes(items: number, lake: { x: number; z: number; radius: number }, seed = 31): FurnitureBoxes {
  const random = seededRandom(seed);
  const count = items * PARTS_PER_ITEM;
  const out = { box: new Float32Array(count * 4), size: new Float32Array(count * 4), item: new Float32Array(count * 4) };
  for (let i = 0; i < items; i += 1) {
    const kind = i % FURNITURE.length;
    const parts = FURNITURE[kind]!;
    const angle = (i / items) * Math.PI * 2 + random() * 0.4;
    const reach = lake.radius * (0.35 + 0.5 * random());
    const hover = [lake.x + Math.cos(angle) * reach, lake.z + Math.sin(angle) * reach, 7 + random() * 12];
    const itemSeed = random();
    for (let k = 0; k < PARTS_PER_ITEM; k += 1) {
      const part = parts[k] ?? [0, 0, 0, 0, 0, 0];
      const j = (i * PARTS_PER_ITEM + k) * 4;
      out.box.set([part[0], part[1], part[2], random()], j);
      out.size.set([part[3], part[4], part[5], kind], j);
      out.item.set([itemSeed, ...hover], j);
    }
  }
  return out;
}
