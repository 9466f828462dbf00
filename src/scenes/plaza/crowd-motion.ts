import { CROWD_BONE } from '../../figures/crowd-detail';
import { BEHAVIOUR } from './layout';
import { isCloudMaker } from './crowd-style';

/**
 * The crowd's motion as crowd.vert.glsl computes it, in TypeScript, for tests and tools: where a
 * person's body is and how each bone is turned at a time. Change both together. (The shader's
 * hash runs in 32-bit floats, so an idle gesture picked by it may differ here; nothing else does.)
 */
export type Vec3 = [number, number, number];

const fract = (x: number) => x - Math.floor(x);
const smoothstep = (a: number, b: number, x: number) => {
  const k = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return k * k * (3 - 2 * k);
};
const mix = (a: number, b: number, k: number) => a + (b - a) * k;
const hash = (n: number) => fract(Math.sin(n) * 43758.5453123);

/** One person: the layout's look (coat, behaviour, time offset, seed) and place (x, z, heading, scale). */
export interface CrowdPerson {
  look: ArrayLike<number>;
  place: ArrayLike<number>;
}

/** What every corner of one person shares at scene time `time` (the shader's globals). */
export function crowdPhase({ look }: CrowdPerson, time: number) {
  const t = time + look[2]!;
  const seed = look[3]!;
  const behaviour = look[1]!;
  const ur = fract(t / 22);
  const up = fract(t / 26);
  const mode = Math.floor(hash(seed * 91.7) * 5);
  const g = fract(t / 17 + seed * 3);
  return {
    t,
    seed,
    behaviour,
    clouds: isCloudMaker(behaviour, seed),
    // Only those standing shift their weight.
    lean: behaviour === BEHAVIOUR.idle || behaviour === BEHAVIOUR.waving ? smoothstep(-0.5, 0.5, Math.sin(t * 0.23 + seed * 17)) * 2 - 1 : 0,
    rise: smoothstep(0.1, 0.35, ur) * (1 - smoothstep(0.7, 0.95, ur)),
    up,
    lift: smoothstep(0.06, 0.2, up),
    reach: smoothstep(0, 0.06, up),
    mode,
    gesture: mode < 3 ? 1 : smoothstep(0.05, 0.2, g) * (1 - smoothstep(0.6, 0.75, g)),
  };
}
type Phase = ReturnType<typeof crowdPhase>;

function armTurn(ph: Phase, fore: boolean, side: number): Vec3 {
  const { t, seed, behaviour: b } = ph;
  let upper: Vec3 = [0.05 * Math.sin(t * 0.9 + side + seed * 5), 0, side * 0.07];
  let lower: Vec3 = [0.2, 0, 0];
  if (b === BEHAVIOUR.idle) {
    let gu = upper;
    let gl = lower;
    if (ph.mode === 1)
      [gu, gl] = [
        [-0.1, 0, side * 0.2],
        [0.5, 0, 0],
      ];
    if (ph.mode === 2)
      [gu, gl] = [
        [0.4, 0, -side * 0.2],
        [1.3, 0, 0],
      ];
    if (ph.mode === 3 && side > 0)
      [gu, gl] = [
        [2, 0, side * 0.5],
        [2, 0, 0],
      ];
    if (ph.mode === 4 && side < 0)
      [gu, gl] = [
        [2.8, 0, side * 0.25],
        [0.15, 0, 0],
      ];
    upper = upper.map((v, i) => mix(v, gu[i]!, ph.gesture)) as Vec3;
    lower = lower.map((v, i) => mix(v, gl[i]!, ph.gesture)) as Vec3;
  } else if (b === BEHAVIOUR.rising) {
    upper = [0.2 * ph.rise, 0, side * (0.1 + 1.3 * ph.rise + 0.1 * Math.sin(t * 1.3 + side))];
    lower = [0.2 + 0.3 * ph.rise, 0, 0];
  } else if (b === BEHAVIOUR.pillFlight) {
    const catching = side > 0 ? ph.reach : 0;
    upper = [mix(2.9 * catching, 2.9, ph.lift), 0, side * 0.15 * ph.lift];
    lower = [0.1 + 0.3 * catching * (1 - ph.lift), 0, 0];
  } else if (b === BEHAVIOUR.childFlight) {
    upper = [0.3, 0, side * (1.35 + 0.15 * Math.sin(t * 3 + side))];
    lower = [0.25, 0, 0];
  } else if (ph.clouds) {
    const a = t * 1.3 + side * 1.2;
    upper = [1 + 0.22 * Math.sin(a), 0, -side * (0.18 + 0.08 * Math.cos(a))];
    lower = [0.95 + 0.35 * Math.cos(a), 0, 0];
  } else {
    const w = Math.sin(t * (2.5 + 3 * seed) + side);
    upper = [0.35, 0, side * (2.35 + 0.3 * w)];
    lower = [0.45 + 0.35 * w, 0, 0];
  }
  return fore ? lower : upper;
}

function legTurn(ph: Phase, shin: boolean, side: number): Vec3 {
  const { t, behaviour: b } = ph;
  const relax = Math.max(0, -side * ph.lean);
  let thigh: Vec3 = [0.1 * relax, 0, 0];
  let lower: Vec3 = [-0.25 * relax, 0, 0];
  if (b === BEHAVIOUR.rising) {
    thigh = [0.15 * ph.rise * Math.sin(t * 1.1 + side * 2), 0, side * 0.05 * ph.rise];
    lower = [-0.45 * ph.rise, 0, 0];
  } else if (b === BEHAVIOUR.pillFlight) {
    thigh = [0.1 * ph.lift * Math.sin(t * 4 + side * 1.57), 0, 0];
    lower = [-0.35 * ph.lift, 0, 0];
  } else if (b === BEHAVIOUR.childFlight) {
    const kick = Math.sin(t * 5 + side * 1.57);
    thigh = [0.4 * kick, 0, 0];
    lower = [-0.5 - 0.3 * kick, 0, 0];
  }
  return shin ? lower : thigh;
}

function headTurn(ph: Phase): Vec3 {
  const { t, seed, behaviour: b } = ph;
  if (b === BEHAVIOUR.rising) return [-0.3 * ph.rise, 0, 0];
  if (b === BEHAVIOUR.pillFlight) return [0.9 * ph.lift, 0, 0];
  if (b === BEHAVIOUR.childFlight) return [1, 0, 0];
  if (b === BEHAVIOUR.waving) return [ph.clouds ? -0.3 : 0.35, 0, 0];
  return [0.2 + 0.15 * Math.sin(t * 0.17 + seed * 9), 0.6 * Math.sin(t * 0.21 + seed * 40), 0];
}

/** A bone's turn (radians about x, then z, then y) for one person at scene time `time`. */
export function crowdBoneTurn(person: CrowdPerson, bone: number, time: number): Vec3 {
  const ph = crowdPhase(person, time);
  if (bone === CROWD_BONE.chest) return [(ph.behaviour === BEHAVIOUR.waving ? (ph.clouds ? -0.08 : 0.08) : 0) - 0.015 * Math.sin(ph.t * 1.6), 0, 0.03 * ph.lean];
  if (bone === CROWD_BONE.head) return headTurn(ph);
  if (bone <= CROWD_BONE.foreArmR) return armTurn(ph, bone === CROWD_BONE.foreArmL || bone === CROWD_BONE.foreArmR, bone <= CROWD_BONE.foreArmL ? -1 : 1);
  if (bone <= CROWD_BONE.legR) return legTurn(ph, bone === CROWD_BONE.legL || bone === CROWD_BONE.legR, bone <= CROWD_BONE.legL ? -1 : 1);
  return [0, 0, 0];
}

/** Where a person's feet are taken (world offset from their place), which way they head, how they tip, their size. */
export function crowdRoot(person: CrowdPerson, time: number, portal: readonly [number, number, number]) {
  const ph = crowdPhase(person, time);
  const { place } = person;
  const { t, seed } = ph;
  let heading = place[2]!;
  let pitch = 0;
  let scale = place[3]!;
  let offset: Vec3 = [0, 0, 0];
  if (ph.behaviour === BEHAVIOUR.rising) {
    offset = [0, ph.rise * (4 + 12 * seed + 0.5 * Math.sin(t * 1.3)), 0];
    heading += ph.rise * 0.6 * Math.sin(t * 0.4);
  } else if (ph.behaviour === BEHAVIOUR.pillFlight) {
    const travel = smoothstep(0.2, 0.85, ph.up);
    const start: Vec3 = [place[0]!, 3 * ph.lift, place[1]!];
    const path = start.map((s, i) => mix(s, portal[i]!, travel)) as Vec3;
    path[1] += Math.sin(travel * 3.14159) * 14;
    offset = [path[0] - place[0]!, path[1], path[2] - place[1]!];
    heading = mix(heading, Math.atan2(-(portal[0] - start[0]), -(portal[2] - start[2])), ph.lift);
    pitch = -1.3 * ph.lift;
    scale *= smoothstep(0, 0.03, ph.up) * (1 - smoothstep(0.8, 0.86, ph.up));
  } else if (ph.behaviour === BEHAVIOUR.childFlight) {
    const a = t * (0.3 + 0.2 * seed);
    offset = [Math.cos(a) * 6, 6 + 3 * Math.sin(t * 0.6 + seed * 6), Math.sin(a) * 6];
    heading = -a;
    pitch = -1.4;
  } else if (ph.behaviour === BEHAVIOUR.waving && !ph.clouds) {
    offset = [0, 0.08 * Math.max(0, Math.sin(t * 4 + seed * 6)) ** 2, 0];
  }
  return { offset, heading, pitch, scale };
}
