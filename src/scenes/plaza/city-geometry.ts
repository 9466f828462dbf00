import { BoxGeometry, BufferGeometry, Float32BufferAttribute } from 'three';
import { seededRandom, type Block } from './layout';

/** Per-building instance data: aBox (x, z, width, depth) and aTall (height, period, phase, style). */
export function blockAttributes(blocks: readonly Block[], repeat = 1): { aBox: Float32Array; aTall: Float32Array } {
  const aBox = new Float32Array(blocks.length * repeat * 4);
  const aTall = new Float32Array(blocks.length * repeat * 4);
  blocks.forEach((b, i) => {
    for (let k = 0; k < repeat; k += 1) {
      aBox.set([b.x, b.z, b.width, b.depth], (i * repeat + k) * 4);
      aTall.set([b.height, b.period, b.phase, b.style], (i * repeat + k) * 4);
    }
  });
  return { aBox, aTall };
}

/** A unit box standing on y = 0, cut in floors so that its top can crumble. */
export function createFacadeGeometry(): BufferGeometry {
  return new BoxGeometry(1, 1, 1, 1, 6, 1).translate(0, 0.5, 0);
}

const FLOORS = 9;

/** A unit steel skeleton: eight columns and, on each floor, a ring of beams and a cross. */
export function createFrameGeometry(): BufferGeometry {
  const lines: number[] = [];
  const seg = (a: number[], b: number[]) => lines.push(...a, ...b);
  for (const x of [-0.5, 0, 0.5]) {
    for (const z of [-0.5, 0, 0.5]) if (x !== 0 || z !== 0) seg([x, 0, z], [x, 1, z]);
  }
  for (let f = 1; f <= FLOORS; f += 1) {
    const y = f / FLOORS;
    const c = [
      [-0.5, -0.5],
      [0.5, -0.5],
      [0.5, 0.5],
      [-0.5, 0.5],
    ];
    c.forEach(([x, z], i) => {
      const [nx, nz] = c[(i + 1) % 4]!;
      seg([x!, y, z!], [nx!, y, nz!]);
    });
    seg([-0.5, y, 0], [0.5, y, 0]);
    seg([0, y, -0.5], [0, y, 0.5]);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(lines, 3));
  return geometry;
}

/** Seeds for the dust puffs, `perBuilding` per building (the instances carry the building). */
export function createDustGeometry(perBuilding: number): BufferGeometry {
  const random = seededRandom(23);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(Array.from({ length: perBuilding * 3 }, random), 3));
  return geometry;
}
