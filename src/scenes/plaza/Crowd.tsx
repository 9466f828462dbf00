import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Mesh } from 'three';
import crowdVertex from '../../shaders/plaza/crowd.vert.glsl?raw';
import litFragment from '../../shaders/plaza/lit.frag.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { PORTAL } from './config';
import { boxInView } from './crowd-bounds';
import { buildCrowdLods } from './crowd-lod';
import { crowdJointTable } from './figure-geometry';

/**
 * Thousands of people waiting in the snow, some rising, some flying to the portal: the figure
 * system's body at three levels of detail, one instanced draw each, posed by the vertex shader.
 * A level is skipped while all of its people are out of view (the crowd's corners are the
 * plaza's dearest vertex work). In a headset all are drawn: the eyes' frustum is only known mid-render.
 */
export function Crowd({ shared }: { shared: SharedUniforms }) {
  const lods = useMemo(() => buildCrowdLods(), []);
  // One material per level (the far one poses the arms alone), sharing the uniforms.
  const materials = useMemo(() => {
    const uniforms = { uPortal: { value: new Vector3(...PORTAL.position) }, uJoints: { value: crowdJointTable() } };
    return lods.map((_, i) => createPlazaMaterial(shared, { vertex: crowdVertex, fragment: litFragment, uniforms, defines: { CROWD_LOD: i } }));
  }, [shared, lods]);
  useEffect(() => () => lods.forEach((lod) => lod.geometry.dispose()), [lods]);
  useEffect(() => () => materials.forEach((m) => m.dispose()), [materials]);
  const meshes = useRef<(Mesh | null)[]>([]);
  useFrame(({ camera, gl }) => {
    lods.forEach((lod, i) => {
      const mesh = meshes.current[i];
      if (mesh) mesh.visible = gl.xr.isPresenting || boxInView(camera, lod.bounds);
    });
  });
  return lods.map((lod, i) => (
    <mesh key={lod.detail.name} name={`crowd-${lod.detail.name}`} ref={(m) => void (meshes.current[i] = m)} geometry={lod.geometry} material={materials[i]} frustumCulled={false} />
  ));
}
