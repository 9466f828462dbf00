import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Mesh, Vector3, type Bone } from 'three';
import { createActing } from '../../figures/act';
import { sceneClock } from '../../systems/scene-clock';
import { isSpeaking } from '../shared/speaking';
import { useSmith } from '../shared/use-smith';
import type { CorridorState } from './corridor-state';
import { createPill, createPillMaterials } from './pill';
import { stepSmith, takeProgress } from './step-smith';
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
  const taken = useTakenPill(smith.figure.bones);
  useFrame(() => {
    const t = sceneClock.seconds;
    stepSmith(smith.figure, acting, state, t, isSpeaking('smith'), !presenting);
    // In his fingers from the moment they close on it: he took the tracking device.
    const take = takeProgress(state, t);
    taken.visible = take !== null && take >= 0.5;
  });
  return (
    <>
      <primitive object={smith.figure.root} />
      <SunglassReflection smith={smith.figure.root} lenses={smith.lenses} />
    </>
  );
}

/** The right palm faces the hand's +x: the pill lies on it. */
const OFF_THE_PALM = new Vector3(0.015, 0, 0);

/** The red pill Smith takes, held in his right palm (hidden until he has it; compiled with the scene). */
function useTakenPill(bones: Record<string, Bone>): Mesh {
  const pill = useMemo(() => {
    const { red, blue } = createPillMaterials();
    blue.dispose();
    const mesh = new Mesh(createPill(), red);
    mesh.name = 'taken-red-pill';
    mesh.visible = false;
    // The middle of the palm: most of the way from the wrist to the middle finger's knuckle, a pill's width off the palm.
    mesh.position.copy(bones.middle1_R!.position).multiplyScalar(0.6).add(OFF_THE_PALM);
    return { mesh, red };
  }, [bones]);
  useLayoutEffect(() => {
    const hand = bones.hand_R!;
    hand.add(pill.mesh);
    return () => void hand.remove(pill.mesh);
  }, [bones, pill]);
  useEffect(
    () => () => {
      pill.mesh.geometry.dispose();
      pill.red.dispose();
    },
    [pill],
  );
  return pill.mesh;
}
