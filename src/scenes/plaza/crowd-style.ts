import { BEHAVIOUR, seededRandom } from './layout';

/** The crowd's hats and hair, as the shader reads `aStyle.z` and `aStyle.w`. */
export const HAT = { none: 0, fedora: 1, beanie: 2 } as const;
export const HAIR = { short: 0, long: 1 } as const;
export const KIND = { man: 0, woman: 1, child: 2 } as const;

export interface CrowdStyle {
  /** Per figure: body kind (KIND), girth (0.85 to 1.2), hat (HAT), hair (HAIR). */
  style: Float32Array;
  /** Per figure, each 0 to 1: skin tone (dark to pale), hair colour, accent (scarf, knitted hat), coat length. */
  tint: Float32Array;
}

/** A businessman shaping clouds with his fingers: one of the crowd's wavers (crowd.vert.glsl says the same). */
export const isCloudMaker = (behaviour: number, seed: number) => behaviour === BEHAVIOUR.waving && seed < 0.45;

const between = (random: () => number, a: number, b: number) => a + random() * (b - a);
const chance = (random: () => number, odds: number) => random() < odds;

function kindOf(behaviour: number, seed: number, r: number): number {
  if (behaviour === BEHAVIOUR.childFlight) return KIND.child;
  if (isCloudMaker(behaviour, seed)) return KIND.man;
  return r < 0.07 ? KIND.child : r < 0.53 ? KIND.man : KIND.woman;
}

function hatOf(kind: number, cloudMaker: boolean, r: number): number {
  const [fedora, beanie] = cloudMaker ? [0.65, 0] : kind === KIND.man ? [0.22, 0.2] : kind === KIND.woman ? [0.06, 0.3] : [0, 0.45];
  return r < fedora ? HAT.fedora : r < fedora + beanie ? HAT.beanie : HAT.none;
}

/**
 * Who each person of the crowd is: man, woman or child, built slight or broad, with or without a
 * hat, long or short hair, and their colouring. From the layout's look (behaviour, seed) and a
 * seeded generator, so the same crowd comes back every time.
 */
export function styleCrowd(look: Float32Array, seed = 23): CrowdStyle {
  const random = seededRandom(seed);
  const count = look.length / 4;
  const style = new Float32Array(count * 4);
  const tint = new Float32Array(count * 4);
  for (let i = 0; i < count; i += 1) {
    const behaviour = look[i * 4 + 1]!;
    const own = look[i * 4 + 3]!;
    const cloudMaker = isCloudMaker(behaviour, own);
    const kind = kindOf(behaviour, own, random());
    const girth = kind === KIND.man ? between(random, 0.92, 1.2) : kind === KIND.woman ? between(random, 0.86, 1.06) : between(random, 0.95, 1.1);
    const long = chance(random, kind === KIND.woman ? 0.75 : kind === KIND.child ? 0.35 : 0.04);
    style.set([kind, girth, hatOf(kind, cloudMaker, random()), long ? HAIR.long : HAIR.short], i * 4);
    const coat = kind === KIND.child ? between(random, 0.15, 0.4) : cloudMaker ? between(random, 0.8, 1) : between(random, 0.4, 1);
    tint.set([random(), random(), random(), coat], i * 4);
  }
  return { style, tint };
}
