import { Vector3, type AnimationClip } from 'three';
import { BODY_TYPES } from './body-types';
import { clipFromKeys } from './clips';
import { createFigure, type Figure } from './figure';
import { buildFigureGeometry, type FigureGeometry } from './figure-geometry';
import type { FigureMaterials } from './figure-materials';
import type { Palette } from './palette';
import { aimPalm, solvePose, type PoseSpec } from './pose';
import { boneSpecs } from './skeleton';

/** Sparks on the night shift: angular, in a worn knit, at his console. */
export const SPARKS_PALETTE: Palette = {
  skin: '#b88d70',
  lips: '#95625a',
  hair: '#1c1611',
  brows: '#231a14',
  iris: '#3b2a1e',
  jacket: '#3d4438',
  shirt: '#434a3e',
  tie: '#3d4438',
  trousers: '#2a2e2a',
  shoes: '#1b1c1b',
};

/** Where he sits: the hips come down onto a seat this high, a little back. */
const SEAT = new Vector3(0, 0.56, -0.04);

/** Seated, typing furiously: the hands bob over the keys, the head bent to the screens. */
export function createSparksClips(): AnimationClip[] {
  const man = BODY_TYPES.man;
  const specs = boneSpecs(man);
  const drop = SEAT.clone().sub(specs[0]!.at);
  const keys = (lift: number, sx: number) => new Vector3(sx * 0.16, 0.8 + lift, 0.4).sub(drop);
  const seated = (liftL: number, liftR: number): PoseSpec => {
    let spec: PoseSpec = {
      turns: {
        upLeg_L: [-1.45, 0, 0.05],
        upLeg_R: [-1.45, 0, -0.05],
        leg_L: [1.4, 0, 0],
        leg_R: [1.4, 0, 0],
        foot_L: [0.1, 0, 0],
        foot_R: [0.1, 0, 0],
        spine: [0.12, 0, 0],
        chest: [0.06, 0, 0],
        neck: [0.12, 0, 0],
        head: [0.12, 0, 0],
      },
      arms: {
        L: { wrist: keys(liftL, 1), pole: new Vector3(0.5, -1, -0.3).normalize(), grip: { fingers: new Vector3(0, -0.4, 1), palm: new Vector3(0, -1, 0) } },
        R: { wrist: keys(liftR, -1), pole: new Vector3(-0.5, -1, -0.3).normalize(), grip: { fingers: new Vector3(0, -0.4, 1), palm: new Vector3(0, -1, 0) } },
      },
      curl: { L: 0.35, R: 0.35 },
    };
    spec = aimPalm(specs, spec, 'L', keys(liftL, 1));
    return aimPalm(specs, spec, 'R', keys(liftR, -1));
  };
  return [
    clipFromKeys('typing', specs, [
      { at: 0, pose: solvePose(specs, seated(0.02, 0)), hips: SEAT },
      { at: 0.13, pose: solvePose(specs, seated(0, 0.025)), hips: SEAT },
      { at: 0.26, pose: solvePose(specs, seated(0.02, 0)), hips: SEAT },
    ]),
  ];
}

export function createSparksFigure(materials: FigureMaterials): { figure: Figure; geometry: FigureGeometry } {
  const geometry = buildFigureGeometry({ body: 'man', palette: SPARKS_PALETTE, outfit: 'suit', hair: 'slicked' });
  return { figure: createFigure(geometry, materials, createSparksClips()), geometry };
}
