import { Vector3, type AnimationClip } from 'three';
import { BODY_TYPES } from './body-types';
import { clipFromKeys } from './clips';
import { createFigure, type Figure } from './figure';
import { buildFigureGeometry, type FigureGeometry } from './figure-geometry';
import type { FigureMaterials } from './figure-materials';
import type { Palette } from './palette';
import { aimPalm, solvePose, type PoseSpec } from './pose';
import { boneSpecs, jointsOf, type BoneSpec } from './skeleton';
import { createWalkClip } from './walk';

const CHILD = BODY_TYPES.child;
const J = jointsOf(CHILD);
/** Michael's eyes above his head bone: where his look is aimed from. */
export const MICHAEL_EYES_ABOVE_HEAD = J.eyeY - (J.chin + CHILD.head * 0.1);

/** Seven years old, just out of the waste canal: pale, soaked, hair plastered, big brown eyes. */
export const MICHAEL_PALETTE: Palette = {
  skin: '#e6bfa6',
  lips: '#b9776c',
  hair: '#2a1f17',
  brows: '#3a2a1f',
  iris: '#4e2f1a',
  jacket: '#7f898c',
  shirt: '#8f9a9d',
  tie: '#8f9a9d',
  trousers: '#4f5552',
  shoes: '#3b3430',
};

/**
 * His clips: holding the chip up before him (his right palm at `chipAt`, in his own space),
 * hanging in the crane's harness, legs dangling, and walking (led out to the back rooms).
 */
export function createMichaelClips(chipAt: Vector3): AnimationClip[] {
  const specs = boneSpecs(CHILD);
  const hold: PoseSpec = aimPalm(
    specs,
    {
      turns: { foreArm_L: [-0.2, 0, 0], upperArm_L: [0.05, 0, 0.12], neck: [-0.05, 0, 0], head: [-0.04, 0, 0.05] },
      arms: { R: { wrist: chipAt, pole: new Vector3(-0.6, -1, 0), grip: { fingers: new Vector3(0.3, 0.6, 0.5), palm: new Vector3(0.2, 0.2, 1) } } },
      curl: { L: 0.5, R: 0.45 },
    },
    'R',
    chipAt,
  );
  const hanging: PoseSpec = {
    turns: {
      upperArm_L: [0, 0, 0.5],
      upperArm_R: [0, 0, -0.5],
      foreArm_L: [-0.6, 0, 0],
      foreArm_R: [-0.6, 0, 0],
      upLeg_L: [-0.3, 0, 0.06],
      upLeg_R: [-0.15, 0, -0.06],
      leg_L: [0.5, 0, 0],
      leg_R: [0.35, 0, 0],
      head: [-0.1, 0, 0],
    },
    curl: { L: 0.7, R: 0.7 },
  };
  return [held('hold-chip', specs, hold), held('lifted', specs, hanging, 0.18), createWalkClip(specs, 0.8)];
}

/** A pose held, with a child's fidget: a bounce through the knees and a wobble of the head. */
function held(name: string, specs: BoneSpec[], spec: PoseSpec, kick = 0.06): AnimationClip {
  const base = solvePose(specs, spec);
  const turns = spec.turns ?? {};
  const moved = solvePose(specs, {
    ...spec,
    turns: {
      ...turns,
      head: [(turns.head?.[0] ?? 0) + 0.05, 0.12, (turns.head?.[2] ?? 0) - 0.06],
      leg_L: [(turns.leg_L?.[0] ?? 0) + kick, 0, 0],
      leg_R: [(turns.leg_R?.[0] ?? 0) + kick, 0, 0],
      upLeg_L: [(turns.upLeg_L?.[0] ?? 0) - kick / 2, 0, turns.upLeg_L?.[2] ?? 0],
      upLeg_R: [(turns.upLeg_R?.[0] ?? 0) - kick / 2, 0, turns.upLeg_R?.[2] ?? 0],
    },
  });
  return clipFromKeys(name, specs, [
    { at: 0, pose: base },
    { at: 0.6, pose: moved },
    { at: 1.2, pose: base },
  ]);
}

export function createMichaelFigure(materials: FigureMaterials, chipAt: Vector3): { figure: Figure; geometry: FigureGeometry } {
  const geometry = buildFigureGeometry({ body: 'child', palette: MICHAEL_PALETTE, outfit: 'shirt', hair: 'plastered' });
  return { figure: createFigure(geometry, materials, createMichaelClips(chipAt)), geometry };
}
