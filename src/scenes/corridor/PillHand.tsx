import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { MeshLambertMaterial, MeshPhongMaterial, Vector3, type Group, type Mesh } from 'three';
import { salvageStore } from '../../store/app-store';
import { sceneClock } from '../../systems/scene-clock';
import { XrHeldPills } from '../../xr/XrHeldPills';
import type { HandPose } from './corridor-staging';
import { progressOf, type CorridorState } from './corridor-state';
import { createOpenHand, createPill } from './hand-geometry';
import { SMITH_POSES } from './smith-poses';

/** Where the palm sits in front of the eyes for each pose (camera space, metres). */
const HAND_AT: Record<HandPose, Vector3> = {
  hidden: new Vector3(0.14, -0.55, -0.4),
  both: new Vector3(0.1, -0.2, -0.42),
  red: new Vector3(0.06, -0.14, -0.55),
  blue: new Vector3(0.06, -0.14, -0.55),
  lowered: new Vector3(0.16, -0.34, -0.4),
};
const SHOWS: Record<HandPose, { red: boolean; blue: boolean }> = {
  hidden: { red: false, blue: false },
  both: { red: true, blue: true },
  red: { red: true, blue: false },
  blue: { red: false, blue: true },
  lowered: { red: true, blue: true },
};
const offset = new Vector3();

/** Smith's chest, where the pose he is in (or moving to) puts him: what a pill is held out to. */
const SMITH_CHEST_Y = 1.45;

type PillAssets = ReturnType<typeof createPillAssets>;

/**
 * The pills as things in the world: Neo's open hand before his eyes, holding out what the
 * story has him offer. The red one gleams faint orange; the blue one is tinted green. In a
 * headset they are in the player's own hands instead (XrHeldPills).
 */
export function PillHand({ state }: { state: CorridorState }) {
  const assets = useMemo(createPillAssets, []);
  useEffect(() => () => Object.values(assets).forEach((a) => a.dispose()), [assets]);
  const presenting = useXR((s) => s.session != null);
  const xr = useMemo(
    () => ({
      materials: { red: assets.red, blue: assets.blue },
      inHand: () => state.hand.to !== 'hidden',
      toward: (out: Vector3) => {
        const pose = SMITH_POSES[state.smith.to];
        return out.set(pose.x, SMITH_CHEST_Y, pose.z);
      },
    }),
    [assets, state],
  );
  if (presenting) return <XrHeldPills geometry={assets.pill} materials={xr.materials} inHand={xr.inHand} toward={xr.toward} />;
  return <HandBeforeEyes state={state} assets={assets} />;
}

function createPillAssets() {
  return {
    hand: createOpenHand(),
    pill: createPill(),
    skin: new MeshLambertMaterial({ vertexColors: true }),
    red: new MeshPhongMaterial({ color: '#b02a1c', emissive: '#6a2606', specular: '#ffc080', shininess: 140 }),
    blue: new MeshPhongMaterial({ color: '#2b6a86', emissive: '#0c3326', specular: '#b8f0d0', shininess: 140 }),
  };
}

/** On the desktop: the hand before the camera. */
function HandBeforeEyes({ state, assets }: { state: CorridorState; assets: PillAssets }) {
  const camera = useThree((s) => s.camera);
  const hand = useRef<Group>(null);
  const red = useRef<Mesh>(null);
  const blue = useRef<Mesh>(null);
  useFrame(() => {
    const group = hand.current;
    if (!group) return;
    const t = sceneClock.seconds;
    const k = progressOf(state.hand, t, 0.7);
    offset.copy(HAND_AT[state.hand.from]).lerp(HAND_AT[state.hand.to], k);
    // A small tremor: "his movements are jerky and irregular".
    offset.y += 0.003 * Math.sin(t * 7.3) * Math.sin(t * 2.1);
    group.position.copy(offset).applyQuaternion(camera.quaternion).add(camera.position);
    group.quaternion.copy(camera.quaternion);
    group.visible = state.hand.to !== 'hidden' || k < 1;
    const held = salvageStore.getState().story.inventory;
    const shows = SHOWS[k < 0.5 ? state.hand.from : state.hand.to];
    if (red.current) red.current.visible = shows.red && held.includes('red-pill');
    if (blue.current) blue.current.visible = shows.blue && held.includes('blue-pill');
  });

  return (
    <group ref={hand} visible={false}>
      <mesh geometry={assets.hand} material={assets.skin} rotation-x={0.35} />
      <mesh ref={red} geometry={assets.pill} material={assets.red} position={[-0.016, 0.03, -0.012]} rotation-y={0.4} />
      <mesh ref={blue} geometry={assets.pill} material={assets.blue} position={[0.02, 0.03, 0.012]} rotation-y={-0.3} />
    </group>
  );
}
