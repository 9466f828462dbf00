import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useRef } from 'react';
import { Matrix4, Vector3, type Group } from 'three';
import { useSalvage } from '../../store/app-store';
import { selectInventory } from '../../store/selectors';
import { heldInWorld, placeInWorld, useGrip } from '../../xr/grip';

const IN_HAND = new Vector3(0.2, -0.2, -0.5);
const offset = new Vector3();
/** In a headset, lying in the right palm, screen up and tipped toward the eyes (grip space). */
const IN_GRIP = new Matrix4().makeTranslation(0, 0.03, -0.05).multiply(new Matrix4().makeRotationX(-1.2));

/** The phone in Neo's hand on arrival, until the story takes it. */
export function Phone() {
  const held = useSalvage(selectInventory).includes('phone');
  const presenting = useXR((s) => s.session != null);
  if (!held) return null;
  return presenting ? <PhoneInGrip /> : <PhoneInView />;
}

/** On a desktop: held low at the right of the view. */
function PhoneInView() {
  const group = useRef<Group>(null);
  useFrame(({ camera }) => {
    if (!group.current) return;
    group.current.position.copy(camera.position).add(offset.copy(IN_HAND).applyQuaternion(camera.quaternion));
    group.current.quaternion.copy(camera.quaternion);
    group.current.rotateX(0.5).rotateZ(0.15);
  });
  return (
    <group ref={group}>
      <PhoneModel />
    </group>
  );
}

const world = new Matrix4();

/** In a headset: in the right hand (controller or tracked hand), never fixed to the face. */
function PhoneInGrip() {
  const getGrip = useGrip('right');
  const group = useRef<Group>(null);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const g = group.current;
    if (!g) return;
    g.visible = heldInWorld(getGrip, frame, IN_GRIP, world);
    if (g.visible) placeInWorld(g, world);
  });
  return (
    <group ref={group} matrixAutoUpdate={false} visible={false}>
      <PhoneModel />
    </group>
  );
}

function PhoneModel() {
  return (
    <>
      <mesh>
        <boxGeometry args={[0.06, 0.12, 0.009]} />
        <meshBasicMaterial color="#101214" toneMapped={false} />
      </mesh>
      <mesh position={[0, 0, 0.005]}>
        <planeGeometry args={[0.052, 0.105]} />
        <meshBasicMaterial color="#35506a" toneMapped={false} />
      </mesh>
    </>
  );
}
