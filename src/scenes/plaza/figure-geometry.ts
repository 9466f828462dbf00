import { Float32BufferAttribute, type BufferGeometry } from 'three';
import { buildCrowdBody, crowdJoints } from '../../figures/crowd-body';
import type { CrowdDetail } from '../../figures/crowd-detail';
import type { BodyKind } from '../../figures/body-types';

/** The crowd's body kinds, in the order the shader's `aStyle.x` numbers them. */
export const CROWD_KINDS: readonly BodyKind[] = ['man', 'woman', 'child'];

/**
 * One crowd body for every kind at a level of detail: the man's corners, with the woman's and the
 * child's as offsets from his (`aWoman`, `aChild`: the same corners in the same order), so a
 * single instanced draw holds all three builds. Whoever calls this disposes the geometry.
 */
export function createFigureGeometry(detail: CrowdDetail): BufferGeometry {
  const [man, ...others] = CROWD_KINDS.map((kind) => buildCrowdBody(kind, detail));
  const base = man!.getAttribute('position');
  others.forEach((other, k) => {
    const position = other.getAttribute('position');
    if (position.count !== base.count) throw new Error(`The ${CROWD_KINDS[k + 1]}'s crowd body does not match the man's corners`);
    const offsets = new Float32Array(base.count * 3);
    for (let i = 0; i < offsets.length; i += 1) offsets[i] = position.array[i]! - base.array[i]!;
    man!.setAttribute(k === 0 ? 'aWoman' : 'aChild', new Float32BufferAttribute(offsets, 3));
    other.dispose();
  });
  return man!;
}

/** The joints of every kind, kind after kind, CROWD_BONE_COUNT each: the shader's `uJoints`. */
export function crowdJointTable() {
  return CROWD_KINDS.flatMap((kind) => crowdJoints(kind));
}
