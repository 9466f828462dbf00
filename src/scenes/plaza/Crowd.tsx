import { useEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import crowdVertex from '../../shaders/plaza/crowd.vert.glsl?raw';
import litFragment from '../../shaders/plaza/lit.frag.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { CROWD, PORTAL } from './config';
import { createFigureGeometry } from './figure-geometry';
import { instanced } from './instancing';
import { layOutCrowd } from './layout';

/** Thousands of people waiting in the snow, some rising, some flying to the portal: one draw. */
export function Crowd({ shared }: { shared: SharedUniforms }) {
  const geometry = useMemo(() => {
    const { place, look } = layOutCrowd(CROWD.count);
    return instanced(createFigureGeometry(), CROWD.count, { aPlace: place, aLook: look });
  }, []);
  const material = useMemo(
    () => createPlazaMaterial(shared, { vertex: crowdVertex, fragment: litFragment, uniforms: { uPortal: { value: new Vector3(...PORTAL.position) } } }),
    [shared],
  );
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
