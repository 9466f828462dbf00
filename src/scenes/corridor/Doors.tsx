import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, CylinderGeometry, Matrix4, type InstancedMesh } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { doorPlacements } from './door-layout';
import { DOOR_HEIGHT, DOOR_WIDTH, END_Z } from './layout';
import type { CorridorMaterials } from './use-corridor-assets';

const DOORS = doorPlacements();
const handleOffset = new Matrix4().makeTranslation(DOOR_WIDTH / 2 - 0.12, -0.1, 0.06);
const scratch = new Matrix4();

function frameGeometry() {
  const jamb = (x: number) => new BoxGeometry(0.09, DOOR_HEIGHT + 0.09, 0.12).translate(x, 0.045, 0);
  const parts = [jamb(-DOOR_WIDTH / 2 - 0.045), jamb(DOOR_WIDTH / 2 + 0.045), new BoxGeometry(DOOR_WIDTH + 0.18, 0.09, 0.12).translate(0, DOOR_HEIGHT / 2 + 0.045, 0)];
  const merged = mergeGeometries(parts);
  parts.forEach((p) => p.dispose());
  return merged;
}

/** Weathered doors in greens (one draw), their frames (one), handles (one), the Keymaker's light. */
export function Doors({ materials }: { materials: CorridorMaterials }) {
  const panels = useRef<InstancedMesh>(null);
  const frames = useRef<InstancedMesh>(null);
  const handles = useRef<InstancedMesh>(null);
  const geometry = useMemo(
    () => ({
      panel: new BoxGeometry(DOOR_WIDTH, DOOR_HEIGHT, 0.06),
      frame: frameGeometry(),
      handle: new CylinderGeometry(0.03, 0.03, 0.09, 8).rotateX(Math.PI / 2),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useLayoutEffect(() => {
    DOORS.forEach((door, i) => {
      panels.current?.setMatrixAt(i, door.matrix);
      panels.current?.setColorAt(i, door.color);
      frames.current?.setMatrixAt(i, door.matrix);
      handles.current?.setMatrixAt(i, scratch.multiplyMatrices(door.matrix, handleOffset));
    });
    for (const mesh of [panels.current, frames.current, handles.current]) {
      if (!mesh) continue;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
  }, []);

  return (
    <>
      {/* The doors and their frames take the shadow Smith throws on his (see SmithLamp). */}
      <instancedMesh ref={panels} args={[geometry.panel, materials.doors, DOORS.length]} receiveShadow />
      <instancedMesh ref={frames} args={[geometry.frame, materials.walls, DOORS.length]} receiveShadow />
      <instancedMesh ref={handles} args={[geometry.handle, undefined, DOORS.length]}>
        <meshLambertMaterial color="#6f6548" />
      </instancedMesh>
      {/* Light from beyond the Keymaker's door, leaking round its edges. */}
      <mesh position={[0, DOOR_HEIGHT / 2, END_Z + 0.005]}>
        <planeGeometry args={[DOOR_WIDTH + 0.05, DOOR_HEIGHT + 0.03]} />
        <meshBasicMaterial color="#f4f7e8" toneMapped={false} />
      </mesh>
    </>
  );
}
