import type { AnimationClip } from 'three';
import { BODY_TYPES, type BodyKind } from './body-types';
import { clipFromKeys } from './clips';
import { createFigure, type Figure } from './figure';
import { buildFigureGeometry, type FigureGeometry } from './figure-geometry';
import type { FigureMaterials } from './figure-materials';
import type { Palette } from './palette';
import { solvePose } from './pose';
import { boneSpecs } from './skeleton';
import { createWalkClip } from './walk';

/** Zion's health workers: pale, washed-out clothes, hands ready to take a child's shoulders. */
export const HEALTH_WORKER_PALETTES: Record<'woman' | 'man', Palette> = {
  woman: {
    skin: '#8a5a3c',
    lips: '#7a4a3e',
    hair: '#1a1410',
    brows: '#1f1812',
    iris: '#3a2618',
    jacket: '#c9d3cc',
    shirt: '#d3dcd5',
    tie: '#d3dcd5',
    trousers: '#b7c2bb',
    shoes: '#cfcfc8',
  },
  man: {
    skin: '#d2ab90',
    lips: '#a8736a',
    hair: '#6b5a48',
    brows: '#5a4a3a',
    iris: '#5a6a72',
    jacket: '#c4cec8',
    shirt: '#cdd6d0',
    tie: '#cdd6d0',
    trousers: '#b2bdb6',
    shoes: '#cacac3',
  },
};

/** Standing by, weight on both feet, hands loosely together in front. */
function standClip(kind: BodyKind): AnimationClip {
  const specs = boneSpecs(BODY_TYPES[kind]);
  const pose = (sway: number) =>
    solvePose(specs, {
      turns: {
        upperArm_L: [-0.25, 0, -0.18],
        upperArm_R: [-0.25, 0, 0.18],
        foreArm_L: [-0.9, 0, 0],
        foreArm_R: [-0.9, 0, 0],
        spine: [0, 0, sway],
        head: [0.05, 0, -sway],
      },
      curl: { L: 0.4, R: 0.4 },
    });
  return clipFromKeys('stand', specs, [
    { at: 0, pose: pose(0.015) },
    { at: 2, pose: pose(-0.015) },
    { at: 4, pose: pose(0.015) },
  ]);
}

/** A health worker of this build: standing by, and walking. */
export function createHealthWorkerFigure(materials: FigureMaterials, kind: 'woman' | 'man'): { figure: Figure; geometry: FigureGeometry } {
  const geometry = buildFigureGeometry({ body: kind, palette: HEALTH_WORKER_PALETTES[kind], outfit: 'shirt', hair: kind === 'woman' ? 'long' : 'slicked' });
  const clips = [standClip(kind), createWalkClip(geometry.bones, kind === 'woman' ? 1.05 : 1.15)];
  return { figure: createFigure(geometry, materials, clips), geometry };
}
