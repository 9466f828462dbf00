import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { HemisphereLight, Object3D, PointLight, SpotLight } from 'three';
import { sharedPracticals, type PointLightSetting } from './practical-lights';
import { sceneClock } from '../../systems/scene-clock';
import { useShadowMaps } from '../shared/use-shadow-maps';
import type { InterludeState } from './interlude-state';
import { CRANE_LAMP, MICHAEL_SPOT } from './layout';
import { shipLightLevels, type ShipLightLevels } from './ship-light-levels';

const levels: ShipLightLevels = { night: 0, ghost: 0 };

function apply(light: PointLight | null, setting: PointLightSetting) {
  if (!light) return;
  light.position.set(...setting.position);
  light.color.setHex(setting.color);
  light.intensity = setting.intensity;
  light.distance = setting.distance;
  light.decay = setting.decay;
}

/**
 * The ship's practical lights: the caged lamp over the control room, the consoles' glow (green on
 * Sparks's side, amber on the other), the crane room's lamp throwing the boy's shadow. At night
 * the ship's lamps are out: the screens' green lights Sparks from below, the cavern's warm lamps
 * come in through the windows, and Ghost's room's lamp comes on when he names it. Levels ease with
 * the scene time, never flash. Three point lights in all: the overhead lamp and the amber console
 * hand their lights on to the cavern and Ghost's lamp (see practical-lights.ts).
 */
export function ShipLights({ state }: { state: InterludeState }) {
  useShadowMaps();
  const ambient = useRef<HemisphereLight>(null);
  const overhead = useRef<PointLight>(null);
  const green = useRef<PointLight>(null);
  const consoleLamp = useRef<PointLight>(null);
  const crane = useRef<SpotLight>(null);
  const craneTarget = useRef<Object3D>(null);
  useLayoutEffect(() => {
    if (crane.current && craneTarget.current) crane.current.target = craneTarget.current;
  }, []);
  useFrame(() => {
    const { night } = shipLightLevels(state, sceneClock.seconds, levels);
    state.night.value = night;
    if (ambient.current) ambient.current.intensity = 0.55 - 0.35 * night;
    if (green.current) green.current.intensity = 2.2 + 3.3 * night;
    if (crane.current) crane.current.intensity = 50 * (1 - night);
    const practicals = sharedPracticals(levels);
    apply(overhead.current, practicals.overhead);
    apply(consoleLamp.current, practicals.console);
  });
  return (
    <>
      <hemisphereLight ref={ambient} args={['#8fa39e', '#25241f', 0.55]} />
      <pointLight ref={overhead} />
      <pointLight ref={green} position={[-2.3, 1.05, 0.62]} color="#5dff9a" intensity={2.2} distance={3.5} decay={1.5} />
      <pointLight ref={consoleLamp} />
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
    </>
  );
}
