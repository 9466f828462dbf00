import { BufferGeometry, Float32BufferAttribute, IcosahedronGeometry, OctahedronGeometry, Vector3 } from 'three';
import { mergeGeometries, mergeVertices } from 'three/addons/utils/BufferGeometryUtils.js';
import { BODY_TYPES, type BodyKind, type BodyType } from './body-types';
import { CROWD_BONE, CROWD_SLOT, type CrowdDetail } from './crowd-detail';
import { hairShell, hats, head, longHair, scarf } from './crowd-head';
import { ring, shell, smooth, tagged, tubeRows, type CornerTag, type Piece } from './crowd-shell';
import { boneSpecs, jointsOf, type BoneSpec } from './skeleton';
import { torsoSection } from './torso-geometry';

const Y = new Vector3(0, 1, 0);
const X = new Vector3(1, 0, 0);
const Z = new Vector3(0, 0, 1);
const bone = (specs: BoneSpec[], name: string) => specs.find((s) => s.name === name)!;

/**
 * How a limb's corners follow its two bones (an arm, a leg): past the joint (within `blend` of it
 * along the lower bone) the lower bone leads, blending in; above it, the upper bone, fading in
 * from the shoulder or hip. A limb drawn without its joint follows the upper bone alone.
 */
function twoBoneRig(
  upper: { at: Vector3; tail: Vector3 },
  lower: { at: Vector3; tail: Vector3 },
  [upperBone, lowerBone]: readonly [number, number],
  jointed: boolean,
  blend: number,
) {
  const upperDir = upper.tail.clone().sub(upper.at);
  const lowerDir = lower.tail.clone().sub(lower.at);
  return (p: Vector3): [number, number] => {
    const along = p.clone().sub(lower.at).dot(lowerDir) / lowerDir.lengthSq();
    if (jointed && along > -blend) return [lowerBone, smooth(-blend, blend, along)];
    return [upperBone, smooth(-0.1, 0.2, p.clone().sub(upper.at).dot(upperDir) / upperDir.lengthSq())];
  };
}

/** The coat over the torso, from its hem to the base of the neck, on the figure's own profile. */
function coat(body: BodyType, d: CrowdDetail): Piece {
  const j = jointsOf(body);
  const span = j.neckBase - j.hips;
  const rows = d.coatRings.map((f) => {
    const { rx, rz, zc } = torsoSection(body, f);
    return ring(new Vector3(0, j.hips + f * span, zc), X, Z, rx, rz, d.round);
  });
  // Darker low down and under the arms, where the sky's light does not reach.
  const tag = (_r: number, _s: number, p: Vector3): CornerTag => ({ slot: CROWD_SLOT.coat, shade: 0.72 + 0.28 * smooth(j.knee, j.chest, p.y) });
  const geometry = shell(rows, tag, { start: d.closed ? new Vector3(0, j.hips + d.coatRings[0]! * span + 0.02, 0) : undefined, end: new Vector3(0, j.neckBase + 0.01, 0) });
  return { geometry, rig: (p) => (p.y > j.spine - 0.12 ? [CROWD_BONE.chest, smooth(j.spine - 0.12, j.spine + 0.12, p.y)] : [CROWD_BONE.root, 1]) };
}

/** A sleeve from the shoulder to the wrist and a hand; the far detail has no elbow. */
function arm(body: BodyType, specs: BoneSpec[], d: CrowdDetail, side: 'L' | 'R'): Piece[] {
  const sx = side === 'L' ? 1 : -1;
  const upper = bone(specs, `upperArm_${side}`);
  const fore = bone(specs, `foreArm_${side}`);
  const hand = bone(specs, `hand_${side}`);
  const start = upper.at.clone().add(new Vector3(-sx * 0.05, -0.02, 0));
  const points = d.elbows ? [start, upper.tail, fore.tail] : [start, fore.tail];
  const b = body.build;
  const rows = tubeRows(points, (u) => [(0.062 - 0.022 * u) * b, (0.066 - 0.022 * u) * b], d.limbRound);
  // Without a hand shell, the sleeve's end closes on a point painted as the hand.
  const end = d.hands || !d.closed ? undefined : hand.tail.clone();
  const sleeve = shell(rows, (_r, s, p) => ({ slot: s < 0 && p.y < fore.tail.y ? CROWD_SLOT.skin : CROWD_SLOT.coat, shade: 0.8 + 0.2 * smooth(fore.tail.y, upper.at.y, p.y) }), {
    start: d.hands ? start.clone().add(new Vector3(sx * 0.02, 0.03, 0)) : undefined,
    end,
  });
  const [upperBone, foreBone] = side === 'L' ? [CROWD_BONE.upperArmL, CROWD_BONE.foreArmL] : [CROWD_BONE.upperArmR, CROWD_BONE.foreArmR];
  const rig = twoBoneRig(upper, fore, [upperBone, foreBone], d.elbows, 0.15);
  const pieces: Piece[] = [{ geometry: sleeve, rig }];
  if (d.hands) {
    const tip = hand.tail.clone().add(new Vector3(0, -body.hand * 0.45, 0.01));
    const s = body.hand / 0.19;
    const rowsHand = tubeRows([fore.tail.clone().lerp(fore.at, 0.08), hand.at.clone().lerp(hand.tail, 0.6)], () => [0.03 * s, 0.042 * s], d.limbRound);
    pieces.push({ geometry: shell(rowsHand, tagged(CROWD_SLOT.skin, 0.9), { end: tip }), rig: () => [d.elbows ? foreBone : upperBone, 1] });
  }
  return pieces;
}

/** A trouser leg from under the coat to the ankle, and a shoe. */
function leg(body: BodyType, specs: BoneSpec[], d: CrowdDetail, side: 'L' | 'R'): Piece[] {
  const up = bone(specs, `upLeg_${side}`);
  const low = bone(specs, `leg_${side}`);
  const foot = bone(specs, `foot_${side}`);
  const top = up.at.clone().add(new Vector3(0, 0.06, 0));
  const points = d.knees ? [top, up.tail, low.tail] : [top, low.tail];
  const b = body.build * (body.hips / 0.092) ** 0.5;
  const rows = tubeRows(points, (u) => [(0.085 - 0.035 * u) * b, (0.088 - 0.035 * u) * b], d.limbRound);
  const [upBone, lowBone] = side === 'L' ? [CROWD_BONE.upLegL, CROWD_BONE.legL] : [CROWD_BONE.upLegR, CROWD_BONE.legR];
  const rig = twoBoneRig(up, low, [upBone, lowBone], d.knees, 0.12);
  const trouser = shell(rows, (r) => ({ slot: d.shoes || r < rows.length - 1 ? CROWD_SLOT.trousers : CROWD_SLOT.shoes, shade: 0.7 }), {
    end: d.shoes || !d.closed ? undefined : new Vector3(low.tail.x, 0, low.tail.z + 0.05),
  });
  const pieces: Piece[] = [{ geometry: trouser, rig }];
  if (d.shoes) {
    const k = body.height / 1.86;
    const x = foot.at.x;
    const sole = [new Vector3(x, 0.05 * k, foot.at.z - 0.03 * k), new Vector3(x, 0.045 * k, foot.at.z + 0.12 * k)];
    const rowsShoe = tubeRows(sole, (u) => [(0.045 - 0.012 * u) * k, (0.05 - 0.02 * u) * k], d.limbRound);
    const geometry = shell(rowsShoe, tagged(CROWD_SLOT.shoes, 0.8), {
      start: sole[0]!.clone().add(new Vector3(0, 0, -0.04 * k)),
      end: sole[1]!.clone().add(new Vector3(0, -0.01, 0.08 * k)),
    });
    pieces.push({ geometry, rig: () => [d.knees ? lowBone : upBone, 1] });
  }
  return pieces;
}

/** The cloud a businessman shapes in front of his chest (shown only for them; the shader grows and frees it). */
export const CLOUD_CENTRE = new Vector3(0, 1.2, 0.5);
function cloud(d: CrowdDetail): Piece {
  const puffs =
    d.cloudPuffs === 1
      ? [new OctahedronGeometry(0.16, 0)]
      : Array.from({ length: d.cloudPuffs }, (_, i) => new IcosahedronGeometry(0.14 - 0.03 * i, 0).translate((i - 0.5) * 0.14, i * 0.05, 0));
  const merged = mergeVertices(mergeGeometries(puffs.map((g) => (g.deleteAttribute('uv'), g.deleteAttribute('normal'), g)))!);
  puffs.forEach((g) => g.dispose());
  merged.translate(CLOUD_CENTRE.x, CLOUD_CENTRE.y, CLOUD_CENTRE.z);
  merged.computeVertexNormals();
  merged.setAttribute(
    'aTag',
    new Float32BufferAttribute(
      new Float32Array(merged.getAttribute('position').count * 2).map((_, i) => (i % 2 ? 1 : CROWD_SLOT.cloud)),
      2,
    ),
  );
  return { geometry: merged, rig: () => [CROWD_BONE.root, 1] };
}

/**
 * One person of the crowd at a level of detail: the figure system's skeleton and profiles (torso
 * sections, head shape, limb lengths) swept at a few corners each. Attributes: position, normal,
 * and `aRig` (bone, bend, slot, shade). Faces -Z with its left at -X, as the crowd's shader expects.
 * The same detail gives the same corners in the same order for every body kind.
 */
export function buildCrowdBody(kind: BodyKind, d: CrowdDetail): BufferGeometry {
  const body = BODY_TYPES[kind];
  const specs = boneSpecs(body);
  const youth = kind === 'child' ? 1 : 0;
  const pieces: Piece[] = [
    coat(body, d),
    head(body, d, youth),
    ...(d.arms ? [...arm(body, specs, d, 'L'), ...arm(body, specs, d, 'R')] : []),
    ...leg(body, specs, d, 'L'),
    ...leg(body, specs, d, 'R'),
  ];
  if (d.hairShell) pieces.push(hairShell(body, d, youth));
  if (d.longHair) pieces.push(longHair(body, d));
  if (d.scarf) pieces.push(scarf(body, d));
  pieces.push(...hats(body, d));
  if (d.cloudPuffs > 0) pieces.push(cloud(d));
  const point = new Vector3();
  for (const { geometry, rig } of pieces) {
    const position = geometry.getAttribute('position');
    const tag = geometry.getAttribute('aTag');
    const values = new Float32Array(position.count * 4);
    for (let i = 0; i < position.count; i += 1) {
      const [b, bend] = rig(point.fromBufferAttribute(position, i));
      values.set([b, bend, tag.getX(i), tag.getY(i)], i * 4);
    }
    geometry.setAttribute('aRig', new Float32BufferAttribute(values, 4));
    geometry.deleteAttribute('aTag');
  }
  const merged = mergeGeometries(pieces.map((p) => p.geometry));
  pieces.forEach((p) => p.geometry.dispose());
  if (!merged) throw new Error('Could not merge a crowd body');
  // Turned to face -Z (the crowd's heading 0), its left to -X.
  return merged.rotateY(Math.PI);
}

/** The joints the crowd's bones turn about, per CROWD_BONE, facing -Z as the bodies do. */
export function crowdJoints(kind: BodyKind): Vector3[] {
  const body = BODY_TYPES[kind];
  const specs = boneSpecs(body);
  const j = jointsOf(body);
  const at = (name: string) => bone(specs, name).at.clone();
  const joints = [
    new Vector3(),
    new Vector3(0, j.spine, 0),
    new Vector3(0, j.neckBase, 0),
    at('upperArm_L'),
    at('foreArm_L'),
    at('upperArm_R'),
    at('foreArm_R'),
    at('upLeg_L'),
    at('leg_L'),
    at('upLeg_R'),
    at('leg_R'),
  ];
  return joints.map((p) => p.applyAxisAngle(Y, Math.PI));
}

export { CROWD_BONE, CROWD_SLOT };
