import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Matrix4, type InstancedMesh, type ShaderMaterial } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { createGull } from './beach-geometry';
import type { BeachState } from './beach-state';
import { GULL_PATHS, gullMatrix } from './gull-paths';

const matrix = new Matrix4();

/** Seagulls crossing the sky on time-driven loops: one instanced draw, wings beating in the shader. */
export function Gulls({ state, material }: { state: BeachState; material: ShaderMaterial }) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => createGull(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useFrame(() => {
    const gulls = mesh.current;
    if (!gulls) return;
    gulls.visible = state.uniforms.uReveal.value > 0.6;
    if (!gulls.visible) return;
    GULL_PATHS.forEach((path, i) => gulls.setMatrixAt(i, gullMatrix(path, sceneClock.seconds, matrix)));
    gulls.instanceMatrix.needsUpdate = true;
  });
  return <instancedMesh ref={mesh} args={[geometry, material, GULL_PATHS.length]} frustumCulled={false} visible={false} />;
}
