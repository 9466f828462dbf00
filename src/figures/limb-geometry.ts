import { Vector3 } from 'three';
import type { BodyType } from './body-types';
import { mix, rgb, type Palette } from './palette';
import type { Part } from './part';
import type { BoneSpec } from './skeleton';
import { jointsOf } from './skeleton';
import type { Outfit } from './torso-geometry';
import { curveRings, sweep } from './sweep';

const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

function bone(specs: BoneSpec[], name: string): BoneSpec {
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`No bone ${name}`);
  return spec;
}

/** Points along a chain of bones, `per` rings to each, for a sleeve or a trouser leg. */
function along(chain: BoneSpec[], per: number, start?: Vector3): Vector3[] {
  const points: Vector3[] = start ? [start.clone()] : [];
  chain.forEach((spec, k) => {
    for (let i = k === 0 && !start ? 0 : 1; i <= per; i += 1) points.push(new Vector3().lerpVectors(spec.at, spec.tail, i / per));
  });
  return points;
}

/** Sleeves, cuffs, hands and fingers for both arms. */
export function armParts(body: BodyType, palette: Palette, outfit: Outfit, specs: BoneSpec[]): { cloth: Part[]; skin: Part[] } {
  const cloth: Part[] = [];
  const skin: Part[] = [];
  const b = body.build;
  const sleeveColor = rgb(outfit === 'shirt' ? palette.shirt : palette.jacket);
  const skinColor = rgb(palette.skin);
  for (const side of ['L', 'R'] as const) {
    const sx = side === 'L' ? 1 : -1;
    const upper = bone(specs, `upperArm_${side}`);
    const fore = bone(specs, `foreArm_${side}`);
    const hand = bone(specs, `hand_${side}`);
    const armBones = [`shoulder_${side}`, `upperArm_${side}`, `foreArm_${side}`, `hand_${side}`];
    const start = upper.at.clone().add(new Vector3(-sx * 0.055, -0.035, 0));
    // A shirt has short sleeves (wet, clinging); the forearm is skin.
    const chain = outfit === 'shirt' ? [upper] : [upper, fore];
    const points = along(chain, 6, start);
    const radii = (u: number): [number, number] => {
      const r = outfit === 'shirt' ? 0.05 * b : (0.066 - 0.02 * u) * b;
      const end = Math.min(1, (1 - u) * 30);
      return [r * (0.7 + 0.3 * Math.sqrt(end)), r * 1.05 * (0.7 + 0.3 * Math.sqrt(end))];
    };
    cloth.push({ geometry: sweep(curveRings(points, radii, Z), 16, () => sleeveColor, true, true), bones: armBones, softness: 0.04 });
    if (outfit !== 'shirt') {
      const cuffA = new Vector3().lerpVectors(fore.at, fore.tail, 0.9);
      cloth.push({
        geometry: sweep(
          curveRings([cuffA, fore.tail.clone().lerp(hand.tail, 0.08)], () => [0.04 * b, 0.043 * b], Z),
          14,
          () => rgb(palette.shirt),
        ),
        bones: [`foreArm_${side}`, `hand_${side}`],
      });
    } else {
      const forearm = along([fore], 5, upper.tail.clone().lerp(upper.at, 0.25));
      skin.push({
        geometry: sweep(
          curveRings(forearm, (u) => [(0.04 - 0.012 * u) * b, (0.038 - 0.01 * u) * b], Z),
          12,
          () => skinColor,
        ),
        bones: armBones,
        softness: 0.03,
      });
    }
    // The hand: a palm, flat across, with four fingers and a thumb, each in two bending pieces.
    const scale = body.hand / 0.19;
    const palm = [
      hand.at.clone().add(new Vector3(0, 0.015, 0)),
      hand.at,
      new Vector3().lerpVectors(hand.at, hand.tail, 0.5),
      hand.tail.clone(),
      hand.tail.clone().add(new Vector3(0, -0.008, 0)),
    ];
    const palmRadii: [number, number][] = [
      [0.024, 0.018],
      [0.028, 0.02],
      [0.042, 0.019],
      [0.045, 0.016],
      [0.04, 0.012],
    ];
    skin.push({
      geometry: sweep(
        curveRings(palm, (u) => palmRadii[Math.round(u * 4)]!.map((r) => r * scale) as [number, number], X),
        12,
        () => skinColor,
      ),
      bones: [`foreArm_${side}`, `hand_${side}`, `index1_${side}`, `pinky1_${side}`],
      softness: 0.015,
    });
    for (const finger of ['thumb', 'index', 'middle', 'ring', 'pinky']) {
      const a = bone(specs, `${finger}1_${side}`);
      const c = bone(specs, `${finger}2_${side}`);
      const points = [
        a.at.clone().lerp(hand.at, 0.1),
        a.at,
        new Vector3().lerpVectors(a.at, a.tail, 0.5),
        a.tail,
        new Vector3().lerpVectors(c.at, c.tail, 0.5),
        c.tail.clone().lerp(c.at, 0.05),
        c.tail,
      ];
      const r = (finger === 'thumb' ? 0.011 : finger === 'pinky' ? 0.0075 : 0.0088) * scale;
      const radii = (u: number): [number, number] => {
        const k = u > 0.9 ? Math.sqrt(Math.max(0.05, (1 - u) / 0.1)) : 1;
        return [r * k * (1 - 0.15 * u), r * k * 0.9 * (1 - 0.15 * u)];
      };
      skin.push({
        geometry: sweep(curveRings(points, radii, X), 8, () => mix(skinColor, [0.8, 0.55, 0.5], 0.04)),
        bones: [`hand_${side}`, `${finger}1_${side}`, `${finger}2_${side}`],
        softness: 0.008,
      });
    }
  }
  return { cloth, skin };
}

/** Trouser legs and shoes. */
export function legParts(body: BodyType, palette: Palette, specs: BoneSpec[]): Part[] {
  const parts: Part[] = [];
  const b = body.build;
  const k = body.height / 1.86;
  for (const side of ['L', 'R'] as const) {
    const upLeg = bone(specs, `upLeg_${side}`);
    const leg = bone(specs, `leg_${side}`);
    const foot = bone(specs, `foot_${side}`);
    const points = along([upLeg, leg], 7, upLeg.at.clone().add(new Vector3(0, 0.08, 0)));
    points[points.length - 1]!.y = foot.at.y - 0.01 * k;
    const radii = (u: number): [number, number] => {
      const r = (0.088 - 0.03 * u) * b * (body.hips / 0.092) ** 0.5;
      // The break: the trouser gathers a little over the shoe.
      const flare = 1 + 0.12 * Math.max(0, (u - 0.92) / 0.08);
      return [r * flare, r * 1.03 * flare];
    };
    parts.push({ geometry: sweep(curveRings(points, radii, Z), 16, () => rgb(palette.trousers)), bones: ['hips', `upLeg_${side}`, `leg_${side}`], softness: 0.05 });
    const x = foot.at.x;
    const shoe = [
      new Vector3(x, 0.05 * k, foot.at.z - 0.06 * k),
      new Vector3(x, 0.06 * k, foot.at.z - 0.02 * k),
      new Vector3(x, 0.055 * k, foot.at.z + 0.05 * k),
      new Vector3(x, 0.038 * k, foot.at.z + 0.13 * k),
      new Vector3(x, 0.032 * k, foot.at.z + 0.19 * k),
      new Vector3(x, 0.03 * k, foot.at.z + 0.2 * k),
    ];
    const shoeRadii: [number, number][] = [
      [0.035, 0.035],
      [0.045, 0.05],
      [0.048, 0.05],
      [0.048, 0.034],
      [0.038, 0.028],
      [0.02, 0.015],
    ];
    const shoeColor = rgb(palette.shoes);
    parts.push({
      geometry: sweep(
        curveRings(shoe, (u) => shoeRadii[Math.round(u * 5)]!.map((r) => r * k) as [number, number], Y),
        14,
        (p) => (p.y < 0.012 * k ? mix(shoeColor, [0.02, 0.02, 0.02], 0.5) : shoeColor),
      ),
      bones: [`foot_${side}`, `toe_${side}`],
    });
  }
  return parts;
}

/** The neck, from inside the collar up into the head. */
export function neckPart(body: BodyType, palette: Palette): Part {
  const j = jointsOf(body);
  const points = [new Vector3(0, j.neckBase - 0.06, -0.01), new Vector3(0, j.neckBase, -0.005), new Vector3(0, j.chin, -0.005), new Vector3(0, j.chin + body.head * 0.3, -0.02)];
  const r = body.head * 0.245;
  return {
    geometry: sweep(
      curveRings(points, () => [r, r * 1.02], Z),
      16,
      () => rgb(palette.skin),
    ),
    bones: ['chest', 'neck', 'head'],
    softness: 0.04,
  };
}

/** An agent's earpiece: a curl of clear wire from the right ear down into the collar. */
export function earpiecePart(body: BodyType): Part {
  const j = jointsOf(body);
  const h = body.head;
  const points = [
    new Vector3(-0.285 * h, j.chin + 0.43 * h, 0.0),
    new Vector3(-0.31 * h, j.chin + 0.36 * h, -0.03 * h),
    new Vector3(-0.27 * h, j.chin + 0.2 * h, -0.12 * h),
    new Vector3(-0.23 * h, j.chin + 0.05 * h, -0.18 * h),
    new Vector3(-0.2 * h, j.neckBase + 0.02, -0.17 * h),
    new Vector3(-0.16 * h, j.neckBase - 0.02, -0.16 * h),
  ];
  return {
    geometry: sweep(
      curveRings(points, () => [0.0025, 0.0025], X),
      5,
      () => rgb('#cfc9bd'),
    ),
    bones: ['head', 'neck', 'chest'],
    softness: 0.05,
  };
}
