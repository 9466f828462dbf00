import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { Color, Object3D, type AmbientLight, type InstancedMesh, type PointLight } from 'three';
import type { CorridorState } from './corridor-state';
import { FIXTURE_ZS, HEIGHT, LIT_FIXTURES } from './layout';
import { averageLevel } from './light-levels';

const LAMP_COLOR = new Color('#e2f0cf');
const DEAD_COLOR = new Color('#3b3f36');
// Pools, not a wash: each lamp's light ends (physical falloff, cut off at REACH) about where the
// next one's begins, so the floor between lamps and the doors set between them stay dark.
const LIGHT_INTENSITY = 10;
const REACH = 3.6;
const AMBIENT = 0.06;
const color = new Color();

/** Dimmed fluorescent fixtures, failing on a safe schedule; the lit ones cast real light. */
export function Lights({ state }: { state: CorridorState }) {
  const lamps = useRef<InstancedMesh>(null);
  const lights = useRef<(PointLight | null)[]>([]);
  const ambient = useRef<AmbientLight>(null);

  useLayoutEffect(() => {
    const dummy = new Object3D();
    FIXTURE_ZS.forEach((z, i) => {
      dummy.position.set(0, HEIGHT - 0.04, z);
      dummy.updateMatrix();
      lamps.current?.setMatrixAt(i, dummy.matrix);
      lamps.current?.setColorAt(i, DEAD_COLOR);
    });
    if (lamps.current) lamps.current.instanceMatrix.needsUpdate = true;
  }, []);

  useFrame(() => {
    LIT_FIXTURES.forEach((fixture, i) => {
      const level = state.lightLevels[i] ?? 1;
      const light = lights.current[i];
      if (light) light.intensity = LIGHT_INTENSITY * level;
      lamps.current?.setColorAt(fixture, color.copy(DEAD_COLOR).lerp(LAMP_COLOR, level));
    });
    if (lamps.current?.instanceColor) lamps.current.instanceColor.needsUpdate = true;
    if (ambient.current) ambient.current.intensity = AMBIENT * averageLevel(state.lightLevels);
  });

  return (
    <>
      <ambientLight ref={ambient} color="#b8d4b0" intensity={AMBIENT} />
      <instancedMesh ref={lamps} args={[undefined, undefined, FIXTURE_ZS.length]}>
        <boxGeometry args={[0.22, 0.05, 1.2]} />
        <meshBasicMaterial color="#ffffff" toneMapped={false} />
      </instancedMesh>
      {LIT_FIXTURES.map((fixture, i) => (
        <pointLight
          key={fixture}
          ref={(light) => {
            lights.current[i] = light;
          }}
          position={[0, HEIGHT - 0.35, FIXTURE_ZS[fixture]!]}
          color="#d6ecc4"
          intensity={LIGHT_INTENSITY}
          distance={REACH}
          decay={2}
        />
      ))}
    </>
  );
}
