import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Object3D, type InstancedMesh } from 'three';
import { playerPose } from '../../player/pose';
import { createFootprint } from './beach-geometry';
import type { BeachState } from './beach-state';
import { createFootprintTrail, followFeet, liftFeet } from './footprint-trail';
import { sandHeight } from './layout';

const CAPACITY = 48;
const dummy = new Object3D();

/** The sand gives under his feet: a print where each step lands, the oldest filling in. */
export function Footprints({ state }: { state: BeachState }) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => createFootprint(), []);
  const trail = useMemo(() => createFootprintTrail(CAPACITY), []);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useFrame(() => {
    const prints = mesh.current;
    if (!prints) return;
    // Only sand takes prints: none while the floor is still the white.
    if (state.uniforms.uReveal.value < 0.3) return liftFeet(trail);
    const print = followFeet(trail, playerPose.position.x, playerPose.position.z);
    if (!print) return;
    dummy.position.set(print.x, sandHeight(print.x, print.z) + 0.015, print.z);
    dummy.rotation.set(0, print.yaw, 0);
    dummy.updateMatrix();
    prints.setMatrixAt((trail.next + CAPACITY - 1) % CAPACITY, dummy.matrix);
    prints.count = Math.min(trail.steps, CAPACITY);
    prints.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh ref={mesh} args={[geometry, undefined, CAPACITY]} count={0} frustumCulled={false}>
      <meshBasicMaterial vertexColors polygonOffset polygonOffsetFactor={-2} polygonOffsetUnits={-2} />
    </instancedMesh>
  );
}
