import { useEffect, useMemo } from 'react';
import { BoxGeometry, PlaneGeometry } from 'three';
import furnitureVertex from '../../shaders/plaza/furniture.vert.glsl?raw';
import lakeFragment from '../../shaders/plaza/lake.frag.glsl?raw';
import lakeVertex from '../../shaders/plaza/lake.vert.glsl?raw';
import litFragment from '../../shaders/plaza/lit.frag.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { LAKE } from './config';
import { furnitureBoxes, PARTS_PER_ITEM } from './furniture';
import { instanced } from './instancing';

const ITEMS = 14;

/** The lake that becomes a mountain (a displaced disc), and the water-made furniture above it. */
export function Lake({ shared }: { shared: SharedUniforms }) {
  const parts = useMemo(() => {
    const surface = new PlaneGeometry(LAKE.radius * 2, LAKE.radius * 2, 80, 80).rotateX(-Math.PI / 2);
    const { box, size, item } = furnitureBoxes(ITEMS, LAKE);
    const boxes = instanced(new BoxGeometry(1, 1, 1), ITEMS * PARTS_PER_ITEM, { aBox: box, aSize: size, aItem: item });
    const lakeMaterial = createPlazaMaterial(shared, { vertex: lakeVertex, fragment: lakeFragment, uniforms: { uRadius: { value: LAKE.radius } } });
    const boxMaterial = createPlazaMaterial(shared, { vertex: furnitureVertex, fragment: litFragment });
    return { surface, boxes, lakeMaterial, boxMaterial };
  }, [shared]);
  useEffect(() => () => Object.values(parts).forEach((p) => p.dispose()), [parts]);
  return (
    <>
      <mesh geometry={parts.surface} material={parts.lakeMaterial} position={[LAKE.x, 0, LAKE.z]} frustumCulled={false} />
      <mesh geometry={parts.boxes} material={parts.boxMaterial} frustumCulled={false} />
    </>
  );
}
