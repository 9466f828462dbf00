import { CONSTANT, DOOR } from './config';

const FACE = CONSTANT.frontZ;

/**
 * The door of the building that stands still (its walls are drawn with the city). Flat, unlit
 * colours: it is the one thing here that does not change with the weather.
 */
export function ConstantBuilding() {
  return (
    <group position={[0, 0, FACE]}>
      <mesh position={[0, DOOR.height / 2 + 0.15, 0.06]}>
        <boxGeometry args={[DOOR.width + 0.5, DOOR.height + 0.3, 0.12]} />
        <meshBasicMaterial color="#8a7a64" toneMapped={false} />
      </mesh>
      <mesh position={[0, DOOR.height / 2, 0.13]}>
        <boxGeometry args={[DOOR.width, DOOR.height, 0.06]} />
        <meshBasicMaterial color="#2c3a2e" toneMapped={false} />
      </mesh>
      <mesh position={[DOOR.width / 2 - 0.2, 1.05, 0.19]}>
        <sphereGeometry args={[0.05, 10, 8]} />
        <meshBasicMaterial color="#e0b451" toneMapped={false} />
      </mesh>
      <mesh position={[0, DOOR.height + 0.55, 0.2]}>
        <boxGeometry args={[0.5, 0.14, 0.14]} />
        <meshBasicMaterial color="#fff0c8" toneMapped={false} />
      </mesh>
    </group>
  );
}
