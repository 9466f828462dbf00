import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { HemisphereLight, PointLight } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { secondsSince, type InterludeState } from './interlude-state';
import { MICHAEL_SPOT } from './layout';

const NIGHT_SECONDS = 3;

/**
 * The dim light of the ship: a cold lamp over the crane room, the console's glow, and, at night
 * in Zion, only the monitors' green. Levels ease with the scene time, never flash.
 */
export function ShipLights({ state }: { state: InterludeState }) {
  const ambient = useRef<HemisphereLight>(null);
  const crane = useRef<PointLight>(null);
  const room = useRef<PointLight>(null);
  const glow = useRef<PointLight>(null);
  useFrame(() => {
    const since = secondsSince(state.at.night, sceneClock.seconds);
    const night = since < 0 ? 0 : Math.min(1, since / NIGHT_SECONDS);
    state.night.value = night;
    if (ambient.current) ambient.current.intensity = 1.1 - 0.5 * night;
    if (crane.current) crane.current.intensity = 9 * (1 - night);
    if (room.current) room.current.intensity = 5 * (1 - 0.8 * night);
    if (glow.current) glow.current.intensity = 3 + 9 * night;
  });
  return (
    <>
      <hemisphereLight ref={ambient} args={['#9fb2ad', '#2a2a24', 1.1]} />
      <pointLight ref={crane} position={[MICHAEL_SPOT[0], 3.6, MICHAEL_SPOT[2] + 0.6]} color="#f0ede6" intensity={9} distance={9} decay={1.4} />
      <pointLight ref={room} position={[0, 2.5, 3.6]} color="#ffe2bf" intensity={5} distance={8} decay={1.4} />
      <pointLight ref={glow} position={[-1.6, 1.35, 0.9]} color="#4dff8a" intensity={3} distance={6} decay={1.4} />
    </>
  );
}
