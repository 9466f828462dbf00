import type { Box3, InstancedBufferGeometry } from 'three';
import { CROWD_DETAILS, type CrowdDetail } from '../../figures/crowd-detail';
import { CROWD, PORTAL } from './config';
import { crowdBounds } from './crowd-bounds';
import { styleCrowd } from './crowd-style';
import { createFigureGeometry } from './figure-geometry';
import { instanced } from './instancing';
import { layOutCrowd } from './layout';

/**
 * How many of the crowd (nearest first, as the layout sorts them) each level of detail draws: the
 * front ranks near the plaza in full, the next ones simpler, then fewer corners, and the most
 * distant (a few pixels tall) without arms. A CPU renderer pays for every triangle, hidden or not.
 */
export const CROWD_LOD_COUNTS = [80, 480, 800] as const;

/**
 * What the whole crowd may cost: a view of the plaza may draw 80 calls and 500,000 triangles
 * (e2e/plaza.spec.ts), and the city, sky, ground, weather and pills take about 100,000 of those.
 */
export const CROWD_BUDGET = { draws: 4, triangles: 200_000 } as const;

/** One level of detail of the crowd: one instanced draw and the box its poses stay in. */
export interface CrowdLod {
  detail: CrowdDetail;
  geometry: InstancedBufferGeometry;
  bounds: Box3;
  /** The first figure of the layout it draws. */
  first: number;
}

/** The figures [from, to) of every per-figure attribute, 4 floats each. */
const slice = (array: Float32Array, from: number, to: number) => array.slice(from * 4, to * 4);

/** The whole crowd as a few instanced draws, one per level of detail. Whoever calls this disposes the geometries. */
export function buildCrowdLods(count = CROWD.count): CrowdLod[] {
  const { place, look } = layOutCrowd(count);
  const { style, tint } = styleCrowd(look);
  // Where each level's figures begin: 0, then after each count; the last takes the rest.
  const starts = CROWD_LOD_COUNTS.reduce((at, n) => [...at, Math.min(count, at[at.length - 1]! + n)], [0]);
  return CROWD_DETAILS.map((detail, i) => {
    const first = starts[i]!;
    const last = i + 1 < starts.length ? starts[i + 1]! : count;
    const attributes = { aPlace: slice(place, first, last), aLook: slice(look, first, last), aStyle: slice(style, first, last), aTint: slice(tint, first, last) };
    return { detail, first, geometry: instanced(createFigureGeometry(detail), last - first, attributes), bounds: crowdBounds(attributes.aPlace, PORTAL.position) };
  }).filter((lod) => lod.geometry.instanceCount > 0);
}
