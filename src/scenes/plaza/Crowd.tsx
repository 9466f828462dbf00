import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Mesh } from 'three';
import crowdVertex from '../../shaders/plaza/crowd.vert.glsl?raw';
import litFragment from '../../shaders/plaza/lit.frag.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { CROWD, PORTAL } from './config';
import { boxInView, crowdBounds } from './crowd-bounds';
import { createFigureGeometry } from './figure-geometry';
import { instanced } from './instancing';
import { layOutCrowd } from './layout';

/**
 * Thousands of people waiting in the snow, some rising, some flying to the portal: one draw,
 * skipped while the whole avenue is out of view (its 130,000 corners are the plaza's dearest
 * vertex work). In a headset it is always drawn: the eyes' frustum is only known mid-render.
 */
export function Crowd({ shared }: { shared: SharedUniforms }) {
  const { geometry, bounds } = useMemo(() => {
    const { place, look } = layOutCrowd(CROWD.count);
    return { geometry: instanced(createFigureGeometry(), CROWD.count, { aPlace: place, aLook: look }), bounds: crowdBounds(place, PORTAL.position) };
  }, []);
  const material = useMemo(
    () => createPlazaMaterial(shared, { vertex: crowdVertex, fragment: litFragment, uniforms: { uPortal: { value: new Vector3(...PORTAL.position) } } }),
    [shared],
  );
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  const mesh = useRef<Mesh>(null);
  useFrame(({ camera, gl }) => {
    if (mesh.current) mesh.current.visible = gl.xr.isPresenting || boxInView(camera, bounds);
  });
  return <mesh ref={mesh} geometry={geometry} material={material} frustumCulled={false} />;
}
