import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { Quaternion, Vector3, type Group, type Mesh } from 'three';
import { createFirstPersonArm, EYES } from '../../figures/first-person-arm';
import { createFigureMaterials } from '../../figures/figure-materials';
import { salvageStore } from '../../store/app-store';
import { sceneClock } from '../../systems/scene-clock';
import { XrHeldPills } from '../../xr/XrHeldPills';
import type { CorridorState } from './corridor-state';
import { createPill, createPillMaterials } from './pill';
import { handPoses, handProgress, SHOWS } from './neo-hand';
import { SMITH_POSES } from './smith-poses';
import { takeProgress } from './step-smith';

const palm = new Vector3();
const knuckle = new Vector3();
const handTurn = new Quaternion();
const viewTurn = new Quaternion();
/** How far above the palm's middle the pills lie (half the palm's depth and a pill's radius). */
const PILL_LIFT = 0.025;

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
  useEffect(
    () => () => {
      assets.arm.dispose();
      assets.figures.dispose();
      [assets.pill, assets.red, assets.blue].forEach((a) => a.dispose());
    },
    [assets],
  );
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
  const figures = createFigureMaterials();
  return {
    arm: createFirstPersonArm(figures),
    poses: handPoses(),
    figures,
    pill: createPill(),
    ...createPillMaterials(),
  };
}

/** On the desktop: Neo's arm before the camera, the pills on his palm. */
function HandBeforeEyes({ state, assets }: { state: CorridorState; assets: PillAssets }) {
  const camera = useThree((s) => s.camera);
  const view = useRef<Group>(null);
  const pills = useRef<Group>(null);
  const red = useRef<Mesh>(null);
  const blue = useRef<Mesh>(null);
  const { arm, poses } = assets;
  useFrame(() => {
    const group = view.current;
    if (!group || !pills.current) return;
    const t = sceneClock.seconds;
    const k = handProgress(state.hand, t);
    group.position.copy(camera.position);
    group.quaternion.copy(camera.quaternion);
    group.visible = state.hand.to !== 'hidden' || k < 1;
    // A small tremor: "his movements are jerky and irregular".
    arm.root.position.y = -EYES.y + 0.003 * Math.sin(t * 7.3) * Math.sin(t * 2.1);
    arm.blend(poses[state.hand.from], poses[state.hand.to], k);
    // The pills lie on the palm, across it, wherever the hand has got to.
    group.updateMatrixWorld(true);
    const hand = arm.bones.get('hand_R')!;
    hand.getWorldPosition(palm).lerp(arm.bones.get('middle1_R')!.getWorldPosition(knuckle), 0.6);
    group.worldToLocal(palm);
    viewTurn.copy(group.quaternion).invert().multiply(hand.getWorldQuaternion(handTurn));
    pills.current.quaternion.copy(viewTurn);
    pills.current.position.copy(palm).add(knuckle.set(1, 0, 0).applyQuaternion(viewTurn).multiplyScalar(PILL_LIFT));
    const { inventory: held, beat } = salvageStore.getState().story;
    const shows = SHOWS[k < 0.5 ? state.hand.from : state.hand.to];
    // The story has the red pill gone at the exchange's start; it lies on the palm until Smith's fingers close on it.
    const take = takeProgress(state, t);
    const redOnPalm = held.includes('red-pill') || (beat === 'corridor.exchange' && (take === null || take < 0.5));
    if (red.current) red.current.visible = shows.red && redOnPalm;
    if (blue.current) blue.current.visible = shows.blue && held.includes('blue-pill');
  });

  return (
    <group ref={view} visible={false}>
      <primitive object={arm.root} />
      {/* In the hand's frame: the fingers point down its y, the palm faces its x, across is its z. */}
      <group ref={pills}>
        <mesh ref={red} geometry={assets.pill} material={assets.red} position={[0, 0.004, -0.017]} rotation={[0.3, 0, Math.PI / 2]} />
        <mesh ref={blue} geometry={assets.pill} material={assets.blue} position={[0, -0.006, 0.017]} rotation={[-0.25, 0, Math.PI / 2]} />
      </group>
    </group>
  );
}
