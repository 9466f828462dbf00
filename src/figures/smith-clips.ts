import { Vector3, type AnimationClip } from 'three';
import { BODY_TYPES } from './body-types';
import { additive, clipFromKeys } from './clips';
import { aimPalm, solvePose, worldOf, type PoseSpec } from './pose';
import { boneSpecs, jointsOf, type BoneSpec } from './skeleton';

const MAN = BODY_TYPES.man;
const J = jointsOf(MAN);

/** The point of Smith's forehead his fingers press, in his bind pose (it moves with the head bone). */
export const FOREHEAD = new Vector3(-0.02, J.chin + MAN.head * 0.74, MAN.head * 0.4);
/**
 * Neo's wrist in Smith's own space when Smith stands at arm's length (0.8 m) and Neo holds his
 * hand out before him (the corridor's open hand: 0.42 m ahead of the eyes, 0.13 m below, to the
 * right): what Smith's left hand closes on.
 */
export const NEO_WRIST = new Vector3(0.1, 1.48, 0.36);
/** Where the fingers reach on the beach: Neo's arm, in front of Smith and to his right. */
const TOUCH = new Vector3(-0.12, 1.12, 0.5);

const HANG = { L: new Vector3(0.4, -1, -0.2).normalize(), R: new Vector3(-0.4, -1, -0.2).normalize() };
const relaxed = (extra: PoseSpec['turns'] = {}): PoseSpec['turns'] => ({
  foreArm_L: [-0.18, 0, 0],
  foreArm_R: [-0.16, 0, 0],
  upperArm_L: [0.02, 0, 0.03],
  upperArm_R: [0.02, 0, -0.03],
  ...extra,
});

/** Smith's poses as pose descriptions; the forehead goal is found from where the bowed head puts the brow. */
export function smithPoseSpecs(specs: BoneSpec[]): Record<string, PoseSpec> {
  const bowed: PoseSpec['turns'] = { spine: [0.05, 0, 0], chest: [0.06, 0.05, 0], neck: [0.12, 0.05, 0], head: [0.16, 0.08, -0.12] };
  const bowedPose = worldOf(specs, solvePose(specs, { turns: bowed }));
  const head = bowedPose.get('head')!;
  const headSpec = specs.find((s) => s.name === 'head')!;
  const brow = FOREHEAD.clone().sub(headSpec.at).applyQuaternion(head.turn).add(head.at);
  // The palm lies across the brow, fingers toward the far temple.
  const faceForward = new Vector3(0, 0, 1).applyQuaternion(head.turn);
  const palmOnBrow = brow
    .clone()
    .addScaledVector(faceForward, 0.03)
    .add(new Vector3(-0.02, 0, 0));
  const wrist = brow.clone().add(new Vector3(-0.1, -0.03, 0.06));
  // The palm, not the wrist, closes on Neo's wrist: the wrist stops a palm short of it.
  const leftShoulder = specs.find((s) => s.name === 'upperArm_L')!.at;
  const grip = NEO_WRIST.clone().addScaledVector(NEO_WRIST.clone().sub(leftShoulder).normalize(), -0.065);
  return {
    stand: { turns: relaxed(), curl: { L: 0.35, R: 0.35 } },
    'against-door': {
      turns: relaxed({
        chest: [-0.05, 0, 0],
        neck: [-0.04, 0, 0],
        head: [-0.06, 0, 0],
        upperArm_L: [0.28, 0, 0.06],
        upperArm_R: [0.28, 0, -0.06],
        foreArm_L: [-0.05, 0, 0],
        foreArm_R: [-0.05, 0, 0],
      }),
      curl: { L: 0.1, R: 0.1 },
    },
    forehead: aimPalm(
      specs,
      {
        turns: relaxed(bowed),
        arms: {
          R: { wrist, pole: new Vector3(-1, -0.8, 0.2).normalize(), grip: { fingers: new Vector3(1, 0.3, -0.15).applyQuaternion(head.turn), palm: faceForward.clone().negate() } },
        },
        curl: { L: 0.4, R: 0.15 },
      },
      'R',
      palmOnBrow,
    ),
    tired: { turns: relaxed({ spine: [0.05, 0, 0], chest: [0.08, 0, 0], neck: [0.04, 0, 0], shoulder_L: [0, 0, -0.06], shoulder_R: [0, 0, 0.06] }), curl: { L: 0.4, R: 0.4 } },
    retreated: { turns: relaxed({ spine: [0.06, 0, 0], chest: [0.1, 0, 0], neck: [0.18, 0, 0], head: [0.14, 0, 0] }), curl: { L: 0.55, R: 0.55 } },
    'reach-wrist': aimPalm(
      specs,
      {
        turns: relaxed({ spine: [0.06, 0.1, 0], chest: [0.05, 0.08, 0], neck: [0.1, 0, 0], head: [0.12, 0, 0] }),
        arms: { L: { wrist: grip, pole: HANG.L, grip: { fingers: new Vector3(-0.1, -0.35, 1), palm: new Vector3(0.1, -1, 0) } } },
        curl: { L: 0.55, R: 0.35 },
      },
      'L',
      NEO_WRIST,
    ),
    touch: {
      turns: relaxed({ chest: [0.03, -0.08, 0] }),
      arms: { R: { wrist: TOUCH, pole: HANG.R, grip: { fingers: new Vector3(0.15, -0.2, 1), palm: new Vector3(0.4, -1, 0) } } },
      curl: { L: 0.35, R: 0.2 },
    },
    whisper: { turns: relaxed({ spine: [0.08, 0, 0], chest: [0.06, 0.05, 0], neck: [0.12, 0.25, 0], head: [0.05, 0.2, -0.1] }), curl: { L: 0.35, R: 0.35 } },
  };
}

/**
 * Smith's clips: each pose held with a little life in it (a shift of weight, the hand pressing
 * the brow), a walk for when he moves, and breathing layered on top of everything.
 */
export function createSmithClips(): AnimationClip[] {
  const specs = boneSpecs(MAN);
  const poses = smithPoseSpecs(specs);
  const clips: AnimationClip[] = [];
  for (const [name, spec] of Object.entries(poses)) {
    const base = solvePose(specs, spec);
    // A slow sway: the weight moves to one leg and back, the head answering it.
    const swayed = solvePose(specs, {
      ...spec,
      turns: {
        ...spec.turns,
        hips: [0, 0.02, 0.018],
        spine: [(spec.turns?.spine?.[0] ?? 0) + 0.01, (spec.turns?.spine?.[1] ?? 0) - 0.02, -0.014],
        upLeg_L: [0, 0, -0.018],
        upLeg_R: [0, 0, -0.018],
      },
    });
    const hips = specs[0]!.at;
    clips.push(
      clipFromKeys(name, specs, [
        { at: 0, pose: base, hips },
        { at: 3.5, pose: swayed, hips: hips.clone().add(new Vector3(0.012, -0.004, 0)) },
        { at: 7, pose: base, hips },
      ]),
    );
  }
  clips.push(walkClip(specs));
  clips.push(breathClip(specs));
  return clips;
}

function walkClip(specs: BoneSpec[]): AnimationClip {
  const hips = specs[0]!.at;
  const stride = (s: number) =>
    solvePose(specs, {
      turns: relaxed({
        upLeg_L: [-0.35 * s, 0, 0],
        upLeg_R: [0.35 * s, 0, 0],
        leg_L: [0.25 + 0.2 * s, 0, 0],
        leg_R: [0.25 - 0.2 * s, 0, 0],
        upperArm_L: [0.22 * s, 0, 0.03],
        upperArm_R: [-0.22 * s, 0, -0.03],
        spine: [0.03, 0.06 * s, 0],
      }),
    });
  return clipFromKeys('walk', specs, [
    { at: 0, pose: stride(1), hips: hips.clone().add(new Vector3(0, -0.03, 0)) },
    { at: 0.55, pose: stride(-1), hips: hips.clone().add(new Vector3(0, -0.03, 0)) },
    { at: 1.1, pose: stride(1), hips: hips.clone().add(new Vector3(0, -0.03, 0)) },
  ]);
}

function breathClip(specs: BoneSpec[]): AnimationClip {
  const out = solvePose(specs, { turns: { chest: [0, 0, 0], neck: [0, 0, 0], shoulder_L: [0, 0, 0], shoulder_R: [0, 0, 0] } });
  const inn = solvePose(specs, { turns: { chest: [-0.025, 0, 0], neck: [0.02, 0, 0], shoulder_L: [0, 0, 0.025], shoulder_R: [0, 0, -0.025] } });
  for (const pose of [out, inn]) for (const key of [...pose.keys()]) if (/thumb|index|middle|ring|pinky/.test(key)) pose.delete(key);
  return additive(
    clipFromKeys('breathe', specs, [
      { at: 0, pose: out },
      { at: 1.9, pose: inn },
      { at: 4.2, pose: out },
    ]),
  );
}
