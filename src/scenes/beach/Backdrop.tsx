import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BoxGeometry, SphereGeometry, type Mesh } from 'three';
import { createGrid } from './beach-geometry';
import { ROOM_HALF, ROOM_HEIGHT, SHORE_Z } from './layout';
import type { BeachMaterials } from './use-beach-materials';

/** Sky, sea, sand, and the white room that stands in front of them until Neo wills it away. */
export function Backdrop({ materials }: { materials: BeachMaterials }) {
  const geometry = useMemo(
    () => ({
      sky: new SphereGeometry(300, 24, 12),
      sea: createGrid(600, SHORE_Z - 1, -385, 120, 110, 2),
      sand: createGrid(320, -40, 170, 150, 100, 1),
      room: new BoxGeometry(ROOM_HALF * 2, ROOM_HEIGHT, ROOM_HALF * 2),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);
  const sky = useRef<Mesh>(null);
  const room = useRef<Mesh>(null);

  useFrame(({ camera }) => {
    sky.current?.position.copy(camera.position);
    // Once the last panel has gone out, the room is not drawn at all.
    if (room.current) room.current.visible = (materials.whiteRoom.uniforms.uReveal!.value as number) < 0.43;
  });

  return (
    <>
      <mesh ref={sky} geometry={geometry.sky} material={materials.sky} renderOrder={-10} frustumCulled={false} />
      <mesh geometry={geometry.sea} material={materials.sea} frustumCulled={false} />
      <mesh geometry={geometry.sand} material={materials.sand} frustumCulled={false} />
      <mesh ref={room} geometry={geometry.room} material={materials.whiteRoom} position={[0, ROOM_HEIGHT / 2 - 0.04, 0]} />
    </>
  );
}
