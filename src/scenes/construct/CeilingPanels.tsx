import { useLayoutEffect, useRef } from 'react';
import { Object3D, type InstancedMesh } from 'three';
import { ROOM_HALF, ROOM_HEIGHT } from './config';

const SPACING = 6;
const COUNT_PER_SIDE = Math.floor((ROOM_HALF * 2) / SPACING);
const COUNT = COUNT_PER_SIDE * COUNT_PER_SIDE;

/** Light panels in a grid on the ceiling: one instanced draw. */
export function CeilingPanels() {
  const mesh = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const dummy = new Object3D();
    const start = -ROOM_HALF + SPACING / 2;
    let i = 0;
    for (let x = 0; x < COUNT_PER_SIDE; x += 1) {
      for (let z = 0; z < COUNT_PER_SIDE; z += 1) {
        dummy.position.set(start + x * SPACING, ROOM_HEIGHT - 0.01, start + z * SPACING);
        dummy.rotation.set(Math.PI / 2, 0, 0);
        dummy.updateMatrix();
        mesh.current?.setMatrixAt(i, dummy.matrix);
        i += 1;
      }
    }
    if (mesh.current) mesh.current.instanceMatrix.needsUpdate = true;
  }, []);
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, COUNT]}>
      <planeGeometry args={[2.4, 2.4]} />
      <meshBasicMaterial color="#ffffff" toneMapped={false} />
    </instancedMesh>
  );
}
