import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { curveRings, sweep } from './sweep';

/** Sunglasses sized to a head of height `h`, in the head bone's space (eyes at `eyeY` above it). */
export interface GlassesShape {
  h: number;
  eyeY: number;
}

const LENS_W = 0.25;
const LENS_H = 0.15;
const LENS_X = 0.135;
const LENS_Z = 0.43;

function lensOutline(cx: number, steps: number, h: number, eyeY: number): Vector3[] {
  const points: Vector3[] = [];
  for (let i = 0; i < steps; i += 1) {
    const a = (i / steps) * Math.PI * 2;
    // A narrow, slightly upswept oval: flatter at the top, the outer edge a little higher.
    const x = Math.cos(a);
    const y = Math.sin(a) * (Math.sin(a) > 0 ? 0.85 : 1);
    const lift = 0.12 * x * Math.sign(cx);
    points.push(new Vector3((cx + x * LENS_W * 0.5) * h, eyeY + (y * LENS_H * 0.5 + lift * LENS_H * 0.3) * h, (LENS_Z - 0.04 * x * x * Math.sign(cx) * Math.sign(cx)) * h));
  }
  return points;
}

/** Both lenses, one geometry, UVs spanning the pair (a reflection maps across them both). */
export function createLenses({ h, eyeY }: GlassesShape): BufferGeometry {
  const positions: number[] = [];
  const uvs: number[] = [];
  const index: number[] = [];
  for (const sx of [1, -1]) {
    const rim = lensOutline(sx * LENS_X, 24, h, eyeY);
    const base = positions.length / 3;
    const center = new Vector3(sx * LENS_X * h, eyeY, LENS_Z * h + 0.002);
    for (const p of [center, ...rim]) {
      positions.push(p.x, p.y, p.z);
      uvs.push(0.5 + p.x / (0.6 * h), 0.5 + (p.y - eyeY) / (0.3 * h));
    }
    for (let i = 0; i < rim.length; i += 1) index.push(base, base + 1 + i, base + 1 + ((i + 1) % rim.length));
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  geometry.setIndex(index);
  geometry.computeVertexNormals();
  return geometry;
}

/** The thin dark frame: each rim, the bridge, and the arms back to the ears. */
export function createFrame({ h, eyeY }: GlassesShape): BufferGeometry {
  const white = () => [1, 1, 1] as const;
  const wire = (points: Vector3[], r: number, closed = false) =>
    sweep(
      curveRings(closed ? [...points, points[0]!, points[1]!] : points, () => [r, r]),
      5,
      white,
    );
  const parts = [1, -1].map((sx) => wire(lensOutline(sx * LENS_X, 24, h, eyeY), 0.0016, true));
  parts.push(
    wire(
      [new Vector3(-0.035 * h, eyeY + 0.03 * h, LENS_Z * h), new Vector3(0, eyeY + 0.045 * h, (LENS_Z + 0.01) * h), new Vector3(0.035 * h, eyeY + 0.03 * h, LENS_Z * h)],
      0.0018,
    ),
  );
  for (const sx of [1, -1]) {
    const hinge = new Vector3(sx * (LENS_X + LENS_W * 0.5) * h, eyeY + 0.03 * h, (LENS_Z - 0.05) * h);
    parts.push(
      wire(
        [hinge, new Vector3(sx * 0.3 * h, eyeY + 0.02 * h, 0.1 * h), new Vector3(sx * 0.31 * h, eyeY - 0.02 * h, -0.12 * h), new Vector3(sx * 0.3 * h, eyeY - 0.12 * h, -0.18 * h)],
        0.0018,
      ),
    );
  }
  const merged = mergeGeometries(parts)!;
  parts.forEach((p) => p.dispose());
  return merged;
}

/** Cracks across the right lens from an impact point, and one long crack over the left. */
export function createCracks({ h, eyeY }: GlassesShape): BufferGeometry {
  const z = (LENS_Z + 0.012) * h;
  const at = (x: number, y: number) => [x * h, eyeY + y * h, z];
  const star: [number, number][] = [[-0.17, 0.03]];
  const ends: [number, number][] = [
    [-0.06, 0.06],
    [-0.24, 0.05],
    [-0.22, -0.06],
    [-0.12, -0.065],
    [-0.17, 0.07],
    [-0.255, -0.01],
  ];
  const positions: number[] = [];
  for (const [x, y] of ends) positions.push(...at(star[0]![0], star[0]![1]), ...at(x, y));
  positions.push(...at(-0.12, -0.065), ...at(-0.07, -0.02));
  positions.push(...at(0.04, 0.05), ...at(0.15, -0.01), ...at(0.15, -0.01), ...at(0.24, -0.05));
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  return geometry;
}
