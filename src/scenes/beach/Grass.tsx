import { useLayoutEffect, useMemo, useRef } from 'react';
import { Object3D, type InstancedMesh, type ShaderMaterial } from 'three';
import { createTuft } from './beach-geometry';
import { sandHeight } from './layout';

const COUNT = 420;

/** Where the tufts grow: on the dunes behind and beside the beach, never on the walk to the sea. */
export function tuftPlaces(count: number): { x: number; z: number; scale: number; turn: number }[] {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 0xffffffff;
  const places = [];
  while (places.length < count) {
    const x = (random() * 2 - 1) * 70;
    const z = -8 + random() * 60;
    if (Math.abs(x) < 15 && z < 13) continue;
    places.push({ x, z, scale: 0.8 + random() * 0.9, turn: random() * Math.PI * 2 });
  }
  return places;
}

/** Marram grass in the breeze: one instanced draw; the sway is in the vertex shader. */
export function Grass({ material }: { material: ShaderMaterial }) {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => createTuft(), []);
  useLayoutEffect(() => {
    const dummy = new Object3D();
    tuftPlaces(COUNT).forEach((p, i) => {
      dummy.position.set(p.x, sandHeight(p.x, p.z) - 0.02, p.z);
      dummy.rotation.set(0, p.turn, 0);
      dummy.scale.setScalar(p.scale);
      dummy.updateMatrix();
      mesh.current?.setMatrixAt(i, dummy.matrix);
    });
    if (mesh.current) mesh.current.instanceMatrix.needsUpdate = true;
    return () => geometry.dispose();
  }, [geometry]);
  return <instancedMesh ref={mesh} args={[geometry, material, COUNT]} frustumCulled={false} />;
}
