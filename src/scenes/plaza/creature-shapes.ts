import { seededRandom } from './layout';

/** The animals the glass becomes. Birds and cats fly off; dogs and unicorns walk away. */
export const KINDS = ['tiger-bird', 'winged-cat', 'tusked-dog', 'unicorn'] as const;
export type CreatureKind = (typeof KINDS)[number];

/** Which part a shard forms, so the shader can flap wings and swing legs. */
export const PART = { body: 0, leftWing: 1, rightWing: 2, frontLeg: 3, backLeg: 4, glow: 5 } as const;

type V3 = [number, number, number];
interface Blob {
  c: V3;
  r: V3;
  part: number;
  color: (p: V3) => V3;
}

const flat = (c: V3) => () => c;
const TIGER = (p: V3): V3 => (Math.sin(p[2] * 9 + p[0] * 4) > 0.35 ? [0.03, 0.02, 0.02] : [0.95, 0.45, 0.06]);
const legs = (x: number, y: number, z: number, r: V3, color: Blob['color']): Blob[] =>
  [-1, 1].flatMap((side) => [
    { c: [side * x, y, -z] as V3, r, part: PART.frontLeg, color },
    { c: [side * x, y, z] as V3, r, part: PART.backLeg, color },
  ]);
const wings = (x: number, y: number, r: V3, color: Blob['color']): Blob[] => [
  { c: [-x, y, 0], r, part: PART.leftWing, color },
  { c: [x, y, 0], r, part: PART.rightWing, color },
];

/** Each creature as a few ellipsoids, facing -z, centred on its body, in metres. */
const SHAPES: Record<CreatureKind, Blob[]> = {
  'tiger-bird': [
    { c: [0, 0, 0], r: [0.35, 0.3, 0.75], part: PART.body, color: TIGER },
    { c: [0, 0.22, -0.8], r: [0.24, 0.24, 0.24], part: PART.body, color: TIGER },
    { c: [0, 0.16, -1.08], r: [0.06, 0.06, 0.16], part: PART.body, color: flat([0.9, 0.75, 0.1]) },
    { c: [0, 0.05, 0.95], r: [0.28, 0.04, 0.35], part: PART.body, color: TIGER },
    ...wings(1.15, 0.05, [1.0, 0.05, 0.4], TIGER),
  ],
  'winged-cat': [
    { c: [0, 0, 0], r: [0.35, 0.35, 0.8], part: PART.body, color: flat([0.55, 0.5, 0.47]) },
    { c: [0, 0.35, -0.85], r: [0.3, 0.28, 0.28], part: PART.body, color: flat([0.6, 0.55, 0.5]) },
    { c: [-0.16, 0.66, -0.85], r: [0.06, 0.13, 0.06], part: PART.body, color: flat([0.3, 0.27, 0.25]) },
    { c: [0.16, 0.66, -0.85], r: [0.06, 0.13, 0.06], part: PART.body, color: flat([0.3, 0.27, 0.25]) },
    { c: [0, 0.3, 1.05], r: [0.07, 0.07, 0.5], part: PART.body, color: flat([0.3, 0.27, 0.25]) },
    ...legs(0.22, -0.5, 0.5, [0.08, 0.3, 0.08], flat([0.45, 0.4, 0.38])),
    ...wings(1.0, 0.4, [0.9, 0.05, 0.45], flat([0.96, 0.96, 0.98])),
  ],
  'tusked-dog': [
    { c: [0, 0, 0], r: [0.4, 0.4, 0.9], part: PART.body, color: flat([0.42, 0.26, 0.14]) },
    { c: [0, 0.4, -1.0], r: [0.3, 0.3, 0.35], part: PART.body, color: flat([0.38, 0.22, 0.12]) },
    { c: [0, 0.28, -1.38], r: [0.15, 0.14, 0.2], part: PART.body, color: flat([0.2, 0.12, 0.08]) },
    { c: [-0.17, 0.12, -1.45], r: [0.04, 0.16, 0.04], part: PART.body, color: flat([1, 0.96, 0.85]) },
    { c: [0.17, 0.12, -1.45], r: [0.04, 0.16, 0.04], part: PART.body, color: flat([1, 0.96, 0.85]) },
    { c: [0, 0.35, 1.0], r: [0.06, 0.06, 0.35], part: PART.body, color: flat([0.38, 0.22, 0.12]) },
    ...legs(0.25, -0.7, 0.6, [0.1, 0.4, 0.1], flat([0.35, 0.2, 0.1])),
  ],
  unicorn: [
    { c: [0, 0, 0], r: [0.5, 0.5, 1.1], part: PART.body, color: flat([0.95, 0.95, 0.97]) },
    { c: [0, 0.6, -1.0], r: [0.22, 0.5, 0.22], part: PART.body, color: flat([0.95, 0.95, 0.97]) },
    { c: [0, 1.1, -1.35], r: [0.22, 0.22, 0.45], part: PART.body, color: flat([0.95, 0.95, 0.97]) },
    { c: [0, 1.48, -1.45], r: [0.04, 0.32, 0.04], part: PART.body, color: flat([1, 0.8, 0.3]) },
    { c: [0, 0.95, -0.8], r: [0.06, 0.45, 0.3], part: PART.body, color: flat([0.9, 0.1, 0.8]) },
    { c: [-0.19, 1.2, -1.5], r: [0.07, 0.07, 0.07], part: PART.glow, color: flat([0.1, 1, 1]) },
    { c: [0.19, 1.2, -1.5], r: [0.07, 0.07, 0.07], part: PART.glow, color: flat([0.1, 1, 1]) },
    ...legs(0.3, -0.95, 0.75, [0.1, 0.55, 0.1], flat([0.9, 0.9, 0.92])),
  ],
};

export interface CreatureShards {
  /** Per shard: x, y, z in the creature's frame, and its part. */
  target: Float32Array;
  /** Per shard: r, g, b, and 1 where it glows (the unicorns' eyes). */
  color: Float32Array;
}

/** Scatters `count` shards over a creature's surface, more on the bigger blobs. Deterministic. */
export function shardsFor(kind: CreatureKind, count: number, seed: number): CreatureShards {
  const random = seededRandom(seed);
  const blobs = SHAPES[kind];
  const weights = blobs.map((b) => Math.pow(b.r[0] * b.r[1] + b.r[1] * b.r[2] + b.r[0] * b.r[2], 0.7) + (b.part === PART.glow ? 0.3 : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const target = new Float32Array(count * 4);
  const color = new Float32Array(count * 4);
  for (let i = 0; i < count; i += 1) {
    let pick = random() * total;
    let index = 0;
    while (index < blobs.length - 1 && (pick -= weights[index]!) > 0) index += 1;
    const blob = blobs[index]!;
    const z = random() * 2 - 1;
    const a = random() * Math.PI * 2;
    const ring = Math.sqrt(1 - z * z);
    const p: V3 = [blob.c[0] + blob.r[0] * ring * Math.cos(a), blob.c[1] + blob.r[1] * ring * Math.sin(a), blob.c[2] + blob.r[2] * z];
    target.set([...p, blob.part], i * 4);
    color.set([...blob.color(p), blob.part === PART.glow ? 1 : 0], i * 4);
  }
  return { target, color };
}
