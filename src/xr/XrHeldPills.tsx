import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Matrix4, Vector3, type BufferGeometry, type Material, type Mesh } from 'three';
import { salvageStore } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';
import type { ItemId } from '../story/types';
import { heldInWorld, placeInWorld, useGrip } from './grip';
import { createHoldOut, holdProgress, isHeldOut, offeredPills, PILL_HAND, PILLS, stepHoldOut, type HoldOut, type Pill } from './hold-out';
import { toTrackingSpace } from './tracking-space';
import { xrRuntime, type TrackedPoint } from './xr-runtime';

/** Where a pill sits in the grip: just above the fingers, a little forward (grip space, metres). */
const IN_GRIP = new Matrix4().makeTranslation(0, 0.045, -0.03);
/** Larger than life, so it reads at arm's length; it swells while held out. */
const PILL_SCALE = 1.4;
const HELD_SWELL = 0.5;
const ITEM: Record<Pill, ItemId> = { red: 'red-pill', blue: 'blue-pill' };

/** A hand's grip this frame, world space; written by the pill in it, read by the hold-out. */
interface Grip {
  position: Vector3;
  tracked: boolean;
}

interface Props {
  geometry: BufferGeometry;
  materials: Record<Pill, Material>;
  /** Whether the pills are out of the pocket now (the conversation has brought them out). */
  inHand: () => boolean;
  /** Where the pills are held out to (Smith's chest), world space, written into `out`. */
  toward: (out: Vector3) => Vector3;
}

const eyes = new Vector3();
const target = new Vector3();
const out: Record<Pill, boolean> = { red: false, blue: false };
const offered: Record<Pill, boolean> = { red: false, blue: false };
const towardTracked: TrackedPoint = [0, 0, 0];

/**
 * The pills in a headset: the red one in the left hand, the blue one in the right (controller
 * or tracked hand), while Neo holds them. Holding a hand out toward Smith for HOLD_SECONDS makes
 * that pill's choice where the story offers one (see hold-out.ts); the panel's buttons still work.
 */
export function XrHeldPills({ geometry, materials, inHand, toward }: Props) {
  const hold = useMemo(createHoldOut, []);
  const grips = useMemo(() => ({ red: { position: new Vector3(), tracked: false }, blue: { position: new Vector3(), tracked: false } }), []);
  // The pills' own frame callbacks (children) run first: the grips are this frame's.
  useFrame((_, seconds) => stepHeldPills(hold, grips, inHand(), toward, seconds));
  return (
    <>
      {PILLS.map((pill) => (
        <HeldPill key={pill} pill={pill} geometry={geometry} material={materials[pill]} grip={grips[pill]} hold={hold} inHand={inHand} />
      ))}
    </>
  );
}

function stepHeldPills(hold: HoldOut, grips: Record<Pill, Grip>, inHand: boolean, toward: Props['toward'], seconds: number): void {
  const state = salvageStore.getState();
  const { story } = state;
  const origin = xrRuntime.origin;
  const choosing = inHand && state.panel === 'none' && story.mode === 'xr' && isChoosing(storyIndex, story);
  const choices = choosing && story.beat ? (storyIndex.beat(story.beat)?.choices ?? []).map((c) => c.id) : [];
  const choiceOf = offeredPills(story.beat, choices);
  if (!origin) return;
  toward(target);
  origin.updateWorldMatrix(true, false);
  origin.localToWorld(eyes.set(xrRuntime.head.x, xrRuntime.head.y, xrRuntime.head.z));
  for (const pill of PILLS) {
    offered[pill] = !!choiceOf[pill] && story.inventory.includes(ITEM[pill]);
    out[pill] = grips[pill].tracked && isHeldOut(grips[pill].position, eyes, target);
  }
  const chosen = stepHoldOut(hold, out, offered, seconds);
  xrRuntime.holdOut.toward = (offered.red || offered.blue) && toTrackingSpace(target, towardTracked) ? towardTracked : null;
  if (chosen) state.dispatch({ type: 'choose', choice: choiceOf[chosen]! });
}

const world = new Matrix4();
const swell = new Matrix4();

interface HeldPillProps {
  pill: Pill;
  geometry: BufferGeometry;
  material: Material;
  grip: Grip;
  hold: HoldOut;
  inHand: () => boolean;
}

/** One pill, following its hand's grip (a controller's, or a tracked hand's). */
function HeldPill({ pill, geometry, material, grip, hold, inHand }: HeldPillProps) {
  const getGrip = useGrip(PILL_HAND[pill]);
  const mesh = useRef<Mesh>(null);
  useFrame((_, __, frame: XRFrame | undefined) => {
    const m = mesh.current;
    grip.tracked = !!m && heldInWorld(getGrip, frame, IN_GRIP, world);
    if (!m || !grip.tracked) {
      if (m) m.visible = false;
      return;
    }
    grip.position.setFromMatrixPosition(world);
    const size = PILL_SCALE * (1 + HELD_SWELL * holdProgress(hold, pill));
    world.multiply(swell.makeScale(size, size, size));
    placeInWorld(m, world);
    m.visible = inHand() && salvageStore.getState().story.inventory.includes(ITEM[pill]);
  });
  return <mesh ref={mesh} geometry={geometry} material={material} matrixAutoUpdate={false} visible={false} />;
}
