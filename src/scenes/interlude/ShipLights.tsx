import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { HemisphereLight, Object3D, PointLight, SpotLight } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { useShadowMaps } from '../shared/use-shadow-maps';
import type { InterludeState } from './interlude-state';
import { CEILING_LAMP, CRANE_LAMP, GHOST_BULB, MICHAEL_SPOT } from './layout';
import { shipLightLevels, type ShipLightLevels } from './ship-light-levels';

const levels: ShipLightLevels = { night: 0, ghost: 0 };

/**
 * The ship's practical lights: the caged lamp over the control room, the consoles' glow (green on
 * Sparks's side, amber on the other), the crane room's lamp throwing the boy's shadow. At night
 * the ship's lamps are out: the screens' green lights Sparks from below, the cavern's warm lamps
 * come in through the windows, and Ghost's room's lamp comes on when he names it. Levels ease with
 * the scene time, never flash.
 */
export function ShipLights({ state }: { state: InterludeState }) {
  useShadowMaps();
  const ambient = useRef<HemisphereLight>(null);
  const ceiling = useRef<PointLight>(null);
  const green = useRef<PointLight>(null);
  const amber = useRef<PointLight>(null);
  const crane = useRef<SpotLight>(null);
  const craneTarget = useRef<Object3D>(null);
  const zion = useRef<PointLight>(null);
  const ghost = useRef<PointLight>(null);
  useLayoutEffect(() => {
    if (crane.current && craneTarget.current) crane.current.target = craneTarget.current;
  }, []);
  useFrame(() => {
    const { night, ghost: lamp } = shipLightLevels(state, sceneClock.seconds, levels);
    state.night.value = night;
    if (ambient.current) ambient.current.intensity = 0.55 - 0.35 * night;
    if (ceiling.current) ceiling.current.intensity = 5 * (1 - night);
    if (green.current) green.current.intensity = 2.2 + 3.3 * night;
    if (amber.current) amber.current.intensity = 2 * (1 - 0.7 * night);
    if (crane.current) crane.current.intensity = 50 * (1 - night);
    if (zion.current) zion.current.intensity = 9 * night;
    if (ghost.current) ghost.current.intensity = 7 * lamp;
  });
  return (
    <>
      <hemisphereLight ref={ambient} args={['#8fa39e', '#25241f', 0.55]} />
      <pointLight ref={ceiling} position={CEILING_LAMP} color="#ffe4c4" intensity={5} distance={7} decay={1.6} />
      <pointLight ref={green} position={[-2.3, 1.05, 0.62]} color="#5dff9a" intensity={2.2} distance={3.5} decay={1.5} />
      <pointLight ref={amber} position={[2.3, 1.05, 0.62]} color="#ffb24a" intensity={2} distance={3.5} decay={1.5} />
      <object3D ref={craneTarget} position={[MICHAEL_SPOT[0] + 0.3, 0, MICHAEL_SPOT[2] - 0.3]} />
      <spotLight
        ref={crane}
        position={CRANE_LAMP}
        color="#eef0e6"
        intensity={50}
        distance={8}
        decay={2}
        angle={0.85}
        penumbra={0.45}
        castShadow
        shadow-mapSize={[512, 512]}
        shadow-camera-near={0.8}
        shadow-camera-far={7.5}
        shadow-bias={-0.0004}
        shadow-normalBias={0.02}
      />
      <pointLight ref={zion} position={[0.3, 2.6, -3.2]} color="#ffb070" intensity={0} distance={11} decay={1.3} />
      <pointLight ref={ghost} position={GHOST_BULB} color="#ffcf8a" intensity={0} distance={5} decay={1.5} />
    </>
  );
}
