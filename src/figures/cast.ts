import { Box3, Vector3, type Camera } from 'three';
import type { Figure } from './figure';

/** A figure on stage, as tools see it. */
export interface CastMember {
  id: string;
  figure: Figure;
  /** Whether the figure is on stage now (a figure waiting for its cue is not). */
  onStage(): boolean;
  camera(): Camera | null;
}

/** Everyone on stage, by id: scenes add their figures while mounted. */
export const cast = new Map<string, CastMember>();

export interface CastState {
  id: string;
  clip: string;
  /** On-screen bounds as fractions of the view, cut at its edges: left, top, right, bottom (0,0 top left). */
  bounds: [number, number, number, number] | null;
  inSight: boolean;
}

const box = new Box3();
const point = new Vector3();
const corner = new Vector3();

/** Where a figure is on screen: the box round its bones (and the crown) projected into the view. */
export function castState(member: CastMember): CastState {
  const { figure } = member;
  const camera = member.camera();
  figure.root.updateMatrixWorld(true);
  box.makeEmpty();
  for (const bone of figure.skeleton.bones) box.expandByPoint(bone.getWorldPosition(point));
  // Bones stop at the joints: widen by the flesh round them (a head's crown, a shoulder's cloth).
  box.expandByScalar(0.12);
  if (!camera || !member.onStage()) return { id: member.id, clip: figure.clip, bounds: null, inSight: false };
  camera.updateMatrixWorld();
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  let inFront = 0;
  for (let i = 0; i < 8; i += 1) {
    corner.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z);
    const view = corner.clone().applyMatrix4(camera.matrixWorldInverse);
    if (view.z < 0) inFront += 1;
    corner.project(camera);
    left = Math.min(left, (corner.x + 1) / 2);
    right = Math.max(right, (corner.x + 1) / 2);
    top = Math.min(top, (1 - corner.y) / 2);
    bottom = Math.max(bottom, (1 - corner.y) / 2);
  }
  if (inFront < 8) return { id: member.id, clip: figure.clip, bounds: null, inSight: false };
  const inSight = right > 0 && left < 1 && bottom > 0 && top < 1;
  // The part of the view it covers: a figure reaching past the edges is cut at them.
  const fit = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
  const bounds: [number, number, number, number] = [fit(left), fit(top), fit(right), fit(bottom)];
  return { id: member.id, clip: figure.clip, bounds, inSight };
}
