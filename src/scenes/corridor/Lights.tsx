import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import { Color, Object3D, type AmbientLight, type InstancedMesh, type PointLight, type SpotLight } from 'three';
import { useShadowMaps } from '../shared/use-shadow-maps';
import type { CorridorState } from './corridor-state';
import { FIXTURE_ZS, HEIGHT, LIT_FIXTURES } from './layout';
import { averageLevel } from './light-levels';
import { SMITH_LAMP, SMITH_LAMP_SHARE } from './smith-shadow';

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
  useShadowMaps();
  const lamps = useRef<InstancedMesh>(null);
  const lights = useRef<(PointLight | null)[]>([]);
  const spot = useRef<SpotLight>(null);
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
      const share = i === SMITH_LAMP.lit ? SMITH_LAMP_SHARE.point : 1;
      if (light) light.intensity = LIGHT_INTENSITY * level * share;
      if (i === SMITH_LAMP.lit && spot.current) spot.current.intensity = LIGHT_INTENSITY * level * SMITH_LAMP_SHARE.spot;
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
      <SmithLamp spot={spot} />
    </>
  );
}

/**
 * Most of the light of the lamp over Smith's door comes down as a cone that casts shadows: Smith
 * (the only caster) throws his shape on the door behind him and on the floor at his feet.
 */
function SmithLamp({ spot }: { spot: React.RefObject<SpotLight | null> }) {
  const target = useRef<Object3D>(null);
  useLayoutEffect(() => {
    if (spot.current && target.current) spot.current.target = target.current;
  }, [spot]);
  return (
    <>
      <object3D ref={target} position={SMITH_LAMP.target} />
      <spotLight
        ref={spot}
        position={SMITH_LAMP.position}
        color="#d6ecc4"
        intensity={LIGHT_INTENSITY * SMITH_LAMP_SHARE.spot}
        distance={REACH}
        decay={2}
        angle={SMITH_LAMP.angle}
        penumbra={0.25}
        castShadow
        shadow-mapSize={[SMITH_LAMP.mapSize, SMITH_LAMP.mapSize]}
        shadow-camera-near={0.4}
        shadow-camera-far={REACH}
        shadow-bias={-0.0004}
        shadow-normalBias={0.02}
      />
    </>
  );
}
