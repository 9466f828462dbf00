import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Group, Mesh } from 'three';
import { playerPose } from '../../player/pose';
import { sceneClock } from '../../systems/scene-clock';
import {
  createForearm,
  createSmithBody,
  createSmithEyes,
  createSmithSmile,
  createSunglassCracks,
  createSunglasses,
  createUpperArm,
  EYES_Y,
  SHOULDER,
  UPPER_ARM,
} from '../shared/smith-geometry';
import { usePanelOccluder } from '../../xr/panel-occluders';
import { XrChoiceTarget } from '../../xr/XrChoiceTarget';
import { sinceCue, type BeachState } from './beach-state';

/** How the arm that touched Neo lowers, how the glasses come off, how he leans in. */
const ARM_SECONDS = 2.5;
const GLASSES_SECONDS = 1.4;
const LEAN_SECONDS = 2;

/** Smith on the beach: still perfect, but his sunglasses are cracked. */
export function BeachSmith({ state }: { state: BeachState }) {
  const root = useRef<Group>(null);
  const upper = useRef<Mesh>(null);
  const fore = useRef<Mesh>(null);
  const glasses = useRef<Group>(null);
  const smile = useRef<Mesh>(null);
  // Face to face with him, the panel in a headset comes in front of him, not behind.
  usePanelOccluder(root);
  const geometry = useMemo(
    () => ({
      body: createSmithBody(),
      upper: createUpperArm(),
      fore: createForearm(),
      lenses: createSunglasses(),
      cracks: createSunglassCracks(),
      eyes: createSmithEyes(),
      smile: createSmithSmile(),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useFrame(() => {
    const body = root.current;
    if (!body) return;
    body.visible = state.smithAt !== null;
    if (!body.visible) return;
    const t = sceneClock.seconds;
    const { x, z, facing } = state.smith;
    // Leaning in to whisper: a step closer, beside Neo's ear.
    const lean = sinceCue(state.whisperAt, t, LEAN_SECONDS);
    const towardX = playerPose.position.x - x;
    const towardZ = playerPose.position.z - z;
    body.position.set(x + towardX * 0.38 * lean, 0, z + towardZ * 0.38 * lean);
    body.rotation.set(0.14 * lean, facing + 0.35 * lean, 0, 'YXZ');
    body.scale.set(1, 1 + 0.006 * Math.sin(t * 1.7), 1);
    // The hand that touched his arm reaches out, then falls back to his side.
    const reach = 1 - sinceCue(state.smithAt, t, ARM_SECONDS);
    upper.current?.rotation.set(-0.55 * reach, 0, 0.05);
    const elbowY = SHOULDER[1] - Math.cos(0.55 * reach) * UPPER_ARM;
    const elbowZ = Math.sin(0.55 * reach) * UPPER_ARM;
    fore.current?.position.set(SHOULDER[0], elbowY, elbowZ);
    fore.current?.rotation.set(-1.1 * reach, 0, 0.05);
    // Neo takes the glasses off: they lift away from the face, toward him, and are gone.
    const off = sinceCue(state.glassesOffAt, t, GLASSES_SECONDS);
    if (glasses.current) {
      glasses.current.visible = off < 1;
      glasses.current.position.set(0, -0.35 * off * off, 0.08 * Math.sin(off * Math.PI) + 0.3 * off);
    }
    if (smile.current) smile.current.visible = sinceCue(state.glassesOffAt, t - 0.8, 0.1) > 0.5;
  });

  return (
    <group ref={root} visible={false}>
      <mesh geometry={geometry.body}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={upper} geometry={geometry.upper} position={SHOULDER}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh ref={fore} geometry={geometry.fore}>
        <meshLambertMaterial vertexColors />
      </mesh>
      <mesh geometry={geometry.eyes}>
        <meshBasicMaterial vertexColors />
      </mesh>
      <mesh ref={smile} geometry={geometry.smile} visible={false}>
        <meshBasicMaterial vertexColors />
      </mesh>
      <group ref={glasses}>
        <mesh geometry={geometry.lenses}>
          <meshPhongMaterial color="#0a0b0d" specular="#9fb6c8" shininess={90} />
        </mesh>
        <lineSegments geometry={geometry.cracks}>
          <lineBasicMaterial color="#dfe9ee" />
        </lineSegments>
        {/* In a headset, the glasses themselves are taken: a ray and the trigger, a pinch, a grab. */}
        <XrChoiceTarget choice="sunglasses" radius={0.16} position={[0, EYES_Y, 0.11]} />
      </group>
    </group>
  );
}
