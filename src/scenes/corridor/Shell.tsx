import { useEffect, useMemo } from 'react';
import { BoxGeometry, PlaneGeometry } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import type { CorridorMaterials } from './use-corridor-assets';
import { CENTER_Z, END_Z, ENTRANCE_Z, HALF_WIDTH, HEIGHT, LENGTH } from './layout';

/** The walls (both sides and both ends, one draw), the stained ceiling and the worn floor. */
export function Shell({ materials }: { materials: CorridorMaterials }) {
  const walls = useMemo(() => {
    const side = (x: number) => new BoxGeometry(0.1, HEIGHT, LENGTH).translate(x, HEIGHT / 2, CENTER_Z);
    const end = (z: number) => new BoxGeometry(HALF_WIDTH * 2, HEIGHT, 0.1).translate(0, HEIGHT / 2, z);
    const parts = [side(-HALF_WIDTH - 0.05), side(HALF_WIDTH + 0.05), end(ENTRANCE_Z + 0.05), end(END_Z - 0.05)];
    const merged = mergeGeometries(parts);
    parts.forEach((p) => p.dispose());
    return merged;
  }, []);
  const plane = useMemo(() => new PlaneGeometry(HALF_WIDTH * 2, LENGTH), []);
  useEffect(() => () => (walls.dispose(), plane.dispose()), [walls, plane]);

  return (
    <>
      <mesh geometry={walls} material={materials.walls} />
      <mesh geometry={plane} material={materials.floor} rotation-x={-Math.PI / 2} position={[0, 0, CENTER_Z]} />
      <mesh geometry={plane} material={materials.ceiling} rotation-x={Math.PI / 2} position={[0, HEIGHT, CENTER_Z]} />
    </>
  );
}
