import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useLayoutEffect, useMemo } from 'react';
import { createActing } from '../../figures/act';
import { sceneClock } from '../../systems/scene-clock';
import { isSpeaking } from '../shared/speaking';
import { useSmith } from '../shared/use-smith';
import type { CorridorState } from './corridor-state';
import { stepSmith } from './step-smith';
import { SunglassReflection } from './SunglassReflection';

const always = () => true;

/** Agent Smith: three doors down, moving between the poses the script cues. */
export function Smith({ state }: { state: CorridorState }) {
  const smith = useSmith({ cracked: false }, always);
  const acting = useMemo(createActing, []);
  const presenting = useXR((s) => s.session != null);
  // The only thing in the hall that casts a shadow: his body, on his door (eyes need none).
  useLayoutEffect(() => {
    for (const mesh of smith.figure.meshes) mesh.castShadow = mesh.name !== 'eyes';
  }, [smith]);
  useFrame(() => stepSmith(smith.figure, acting, state, sceneClock.seconds, isSpeaking('smith'), !presenting));
  return (
    <>
      <primitive object={smith.figure.root} />
      <SunglassReflection smith={smith.figure.root} lenses={smith.lenses} />
    </>
  );
}
