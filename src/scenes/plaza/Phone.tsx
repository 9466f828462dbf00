import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3, type Group } from 'three';
import { useSalvage } from '../../store/app-store';
import { selectInventory } from '../../store/selectors';

const IN_HAND = new Vector3(0.2, -0.2, -0.5);
const offset = new Vector3();

/** The phone in Neo's hand on arrival, held low at the right of the view, until the story takes it. */
export function Phone() {
  const held = useSalvage(selectInventory).includes('phone');
  const group = useRef<Group>(null);
  useFrame(({ camera }) => {
    if (!group.current) return;
    group.current.position.copy(camera.position).add(offset.copy(IN_HAND).applyQuaternion(camera.quaternion));
    group.current.quaternion.copy(camera.quaternion);
    group.current.rotateX(0.5).rotateZ(0.15);
  });
  if (!held) return null;
  return (
    <group ref={group}>
      <mesh>
        <boxGeometry args={[0.06, 0.12, 0.009]} />
        <meshBasicMaterial color="#101214" toneMapped={false} />
      </mesh>
      <mesh position={[0, 0, 0.005]}>
        <planeGeometry args={[0.052, 0.105]} />
        <meshBasicMaterial color="#35506a" toneMapped={false} />
      </mesh>
    </group>
  );
}
