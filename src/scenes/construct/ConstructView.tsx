import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, type Mesh, type MeshBasicMaterial } from 'three';
import { RoomTone } from '../../audio/RoomTone';
import { sceneClock } from '../../systems/scene-clock';
import { ROOM_HALF, ROOM_HEIGHT, THRESHOLD_Z } from './config';
import { CeilingPanels } from './CeilingPanels';
import { createTileTexture } from './tile-texture';

const ROOM = ROOM_HALF * 2;

/** The white loading program: white floor, white light, walls that fade into white. */
export function ConstructView() {
  const tiles = useMemo(() => {
    const texture = createTileTexture();
    texture.repeat.set(ROOM / 2, ROOM / 2);
    return texture;
  }, []);
  useEffect(() => () => tiles.dispose(), [tiles]);

  return (
    <>
      <color attach="background" args={['#f4f6f4']} />
      <fog attach="fog" args={['#f4f6f4', 6, 30]} />
      <hemisphereLight args={['#ffffff', '#e4e8e4', 2.2]} />
      <directionalLight position={[6, 10, 4]} intensity={0.9} />
      <mesh position={[0, ROOM_HEIGHT / 2, 0]}>
        <boxGeometry args={[ROOM, ROOM_HEIGHT, ROOM]} />
        <meshLambertMaterial color="#f2f4f2" emissive="#eef1ee" emissiveIntensity={0.45} side={BackSide} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position={[0, 0.001, 0]}>
        <planeGeometry args={[ROOM, ROOM]} />
        <meshLambertMaterial map={tiles} emissive="#f4f6f4" emissiveIntensity={0.35} />
      </mesh>
      <CeilingPanels />
      <ThresholdRing />
      <RoomTone gain={0.22} cutoff={320} caption="the hush of the white loading program" />
    </>
  );
}

/** A faint green ring where the next place will load; it breathes slowly, never flashes. */
function ThresholdRing() {
  const mesh = useRef<Mesh>(null);
  useFrame(() => {
    const material = mesh.current?.material as MeshBasicMaterial | undefined;
    if (material) material.opacity = 0.35 + 0.15 * Math.sin(sceneClock.seconds * 0.8);
  });
  return (
    <mesh ref={mesh} rotation-x={-Math.PI / 2} position={[0, 0.01, THRESHOLD_Z]}>
      <ringGeometry args={[1.1, 1.25, 64]} />
      <meshBasicMaterial color="#3fae5a" transparent opacity={0.4} depthWrite={false} />
    </mesh>
  );
}
