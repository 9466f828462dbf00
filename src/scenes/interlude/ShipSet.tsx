import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, Color, MeshBasicMaterial, ShaderMaterial, SphereGeometry, type Group } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { mergeParts } from '../shared/figure-parts';
import cavernFragment from './cavern.frag.glsl?raw';
import valueNoise from '../../shaders/value-noise.glsl?raw';
import { createCraneRoom } from './crane-room-geometry';
import { createGhostGlow } from './ghost-room-geometry';
import type { InterludeState } from './interlude-state';
import { createCeilingBulb, createCraneBulb } from './lamp-geometry';
import { MICHAEL_SPOT, PIT } from './layout';
import { createShip } from './ship-geometry';
import { isNight, shipLightLevels, type ShipLightLevels } from './ship-light-levels';
import { createLanding, createLandingGlow } from './zion-geometry';

const CAVERN_VERTEX = `varying vec3 vDir;
void main() {
  vDir = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;
const OFF = new Color('#1c1f1d');
const levels: ShipLightLevels = { night: 0, ghost: 0 };

/**
 * The set: the control room (the ship's by day, the base's by night) with Ghost's room off it;
 * by day the crane room beyond, by night the landing over Zion's cavern in its place. Bulbs are
 * unlit colour, dimmed with their lights.
 */
export function ShipSet({ state }: { state: InterludeState }) {
  const day = useRef<Group>(null);
  const night = useRef<Group>(null);
  const made = useMemo(() => {
    const geometry = {
      ship: createShip(),
      craneRoom: createCraneRoom(),
      landing: createLanding(),
      landingGlow: createLandingGlow(),
      ceilingBulb: createCeilingBulb(),
      craneBulb: createCraneBulb(),
      ghostGlow: mergeParts(createGhostGlow()),
      cavern: new SphereGeometry(45, 48, 24),
    };
    const materials = {
      bulb: new MeshBasicMaterial({ vertexColors: true, toneMapped: false }),
      ceilingBulb: new MeshBasicMaterial({ vertexColors: true, toneMapped: false }),
      ghostGlow: new MeshBasicMaterial({ vertexColors: true, toneMapped: false }),
      cavern: new ShaderMaterial({
        uniforms: { uTime: { value: 0 } },
        vertexShader: CAVERN_VERTEX,
        fragmentShader: `${valueNoise}\n${cavernFragment}`,
        side: BackSide,
        depthWrite: false,
      }),
    };
    return { geometry, materials };
  }, []);
  useEffect(
    () => () => {
      Object.values(made.geometry).forEach((g) => g.dispose());
      Object.values(made.materials).forEach((m) => m.dispose());
    },
    [made],
  );
  useFrame(() => {
    const t = sceneClock.seconds;
    const { night: dark, ghost } = shipLightLevels(state, t, levels);
    const atNight = isNight(state, t);
    if (day.current) day.current.visible = !atNight;
    if (night.current) night.current.visible = atNight;
    made.materials.ceilingBulb.color.setScalar(1).lerp(OFF, dark);
    made.materials.ghostGlow.color.copy(OFF).lerp(made.materials.bulb.color, 0.25 + 0.75 * ghost);
    made.materials.cavern.uniforms.uTime!.value = t;
  });
  return (
    <>
      <mesh geometry={made.geometry.ship} receiveShadow>
        <meshPhongMaterial vertexColors shininess={24} specular="#2c302e" />
      </mesh>
      <mesh geometry={made.geometry.ceilingBulb} material={made.materials.ceilingBulb} />
      <mesh geometry={made.geometry.ghostGlow} material={made.materials.ghostGlow} />
      {/* The puddle where the boy was set down. */}
      <mesh rotation-x={-Math.PI / 2} position={[MICHAEL_SPOT[0], 0.004, MICHAEL_SPOT[2]]}>
        <circleGeometry args={[0.34, 16]} />
        <meshStandardMaterial color="#111612" roughness={0.08} metalness={0.3} />
      </mesh>
      <group ref={day}>
        <mesh geometry={made.geometry.craneRoom} receiveShadow>
          <meshPhongMaterial vertexColors shininess={24} specular="#2c302e" />
        </mesh>
        <mesh geometry={made.geometry.craneBulb} material={made.materials.bulb} />
        {/* The canal's dark water, down in the pit. */}
        <mesh rotation-x={-Math.PI / 2} position={[PIT.x, -PIT.depth + 0.2, PIT.z]}>
          <planeGeometry args={[PIT.half * 2, PIT.half * 2]} />
          <meshStandardMaterial color="#1f2a1c" roughness={0.05} metalness={0.4} />
        </mesh>
      </group>
      <group ref={night} visible={false}>
        <mesh geometry={made.geometry.landing} receiveShadow>
          <meshPhongMaterial vertexColors shininess={24} specular="#2c302e" />
        </mesh>
        <mesh geometry={made.geometry.landingGlow} material={made.materials.bulb} />
        <mesh geometry={made.geometry.cavern} material={made.materials.cavern} position={[0, 2, -8]} frustumCulled={false} />
      </group>
    </>
  );
}
