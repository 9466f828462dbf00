import { Group, LineBasicMaterial, LineSegments, Mesh, MeshPhongMaterial, type Material } from 'three';
import { BODY_TYPES } from './body-types';
import { createFigure, type Figure } from './figure';
import { buildFigureGeometry, type FigureGeometry } from './figure-geometry';
import type { FigureMaterials } from './figure-materials';
import { createCracks, createFrame, createLenses } from './glasses-geometry';
import { SMITH_PALETTE } from './palette';
import { jointsOf } from './skeleton';
import { createSmithClips } from './smith-clips';

const MAN = BODY_TYPES.man;
const J = jointsOf(MAN);
/** Smith's eyes, in his own space (feet at 0, facing +Z). */
export const SMITH_EYES_Y = J.eyeY;
/** The head bone's height in the bind pose: the glasses hang from it. */
const HEAD_BONE_Y = J.chin + MAN.head * 0.1;
/** Smith's eyes above his head bone: where his look is aimed from. */
export const SMITH_EYES_ABOVE_HEAD = SMITH_EYES_Y - HEAD_BONE_Y;

/** Smith on the figure system, with his sunglasses on the head bone. */
export interface SmithRig {
  figure: Figure;
  /** Follows the head; move it to take the glasses off. */
  glasses: Group;
  lenses: Mesh;
  cracks: LineSegments | null;
  dispose(): void;
}

/**
 * Builds Smith: the man's body in a black suit, white shirt and dark tie, slicked hair, the
 * earpiece; mirrored sunglasses (cracked, on the beach). Geometry and his own glasses'
 * materials are his to dispose; the figure materials are the scene's.
 */
export function createSmithRig(materials: FigureMaterials, options: { cracked: boolean; lensMaterial?: Material }): SmithRig {
  const geometry: FigureGeometry = buildFigureGeometry({ body: 'man', palette: SMITH_PALETTE, outfit: 'suit', hair: 'slicked', earpiece: true });
  const figure = createFigure(geometry, materials, createSmithClips());
  const shape = { h: MAN.head, eyeY: SMITH_EYES_Y - HEAD_BONE_Y };
  const lensGeometry = createLenses(shape);
  const frameGeometry = createFrame(shape);
  const frameMaterial = new MeshPhongMaterial({ color: '#0c0d0f', specular: '#8a8f96', shininess: 80 });
  const ownLens = new MeshPhongMaterial({ color: '#07080a', specular: '#c8d8e4', shininess: 120 });
  const lenses = new Mesh(lensGeometry, options.lensMaterial ?? ownLens);
  lenses.name = 'lenses';
  const glasses = new Group();
  glasses.name = 'sunglasses';
  glasses.add(lenses, new Mesh(frameGeometry, frameMaterial));
  let cracks: LineSegments | null = null;
  let crackMaterial: LineBasicMaterial | null = null;
  if (options.cracked) {
    crackMaterial = new LineBasicMaterial({ color: '#e6eef2' });
    cracks = new LineSegments(createCracks(shape), crackMaterial);
    glasses.add(cracks);
  }
  figure.bones.head!.add(glasses);
  return {
    figure,
    glasses,
    lenses,
    cracks,
    dispose() {
      figure.dispose();
      [geometry.skin, geometry.cloth, geometry.hair, geometry.eyes, lensGeometry, frameGeometry, cracks?.geometry].forEach((g) => g?.dispose());
      [frameMaterial, ownLens, crackMaterial].forEach((m) => m?.dispose());
    },
  };
}
