import type { ThreeEvent } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, BackSide, BoxGeometry, DoubleSide, MeshBasicMaterial, NormalBlending, PlaneGeometry, type Mesh } from 'three';
import { runtime } from '../app/runtime';
import { ROOM_HALF, ROOM_HEIGHT } from '../scenes/beach/layout';
import { CONSTANT, DOOR } from '../scenes/plaza/config';
import type { ActionSpot, Vec3 } from '../scenes/types';
import { useSalvage } from '../store/app-store';
import { takeOfferedAction } from '../ui/ActionPrompt';
import { xrRuntime } from './xr-runtime';

/** A thing to point at: a door (a plane facing +Z), or a room seen from inside (a box). */
type TargetShape = { kind: 'door'; center: Vec3; size: readonly [number, number] } | { kind: 'room'; center: Vec3; size: Vec3 };

/**
 * What each deed is done to. The door's plane stands just proud of the door and its knob; the
 * white room's box sits just inside its walls, so the ray meets it wherever it points.
 */
const TARGETS: Record<string, TargetShape> = {
  'plaza.open-door': { kind: 'door', center: [0, DOOR.height / 2, CONSTANT.frontZ + 0.25], size: [DOOR.width + 0.1, DOOR.height + 0.1] },
  'beach.will-change': { kind: 'room', center: [0, ROOM_HEIGHT / 2, 0], size: [ROOM_HALF * 2 - 0.1, ROOM_HEIGHT - 0.1, ROOM_HALF * 2 - 0.1] },
};

/**
 * A room is pointed at, never touched: grab and touch pointers take a mesh as its bounding box,
 * so a hand inside the room would be "touching" it, and would take over from its own ray (the
 * panel's buttons too). A door can also be grabbed.
 */
const INSIDE_ONLY_RAYS = { deny: ['grab', 'touch'] };

/** A spot with no target of its own: its box, from inside. */
function targetOf(spot: ActionSpot): TargetShape {
  return TARGETS[spot.action] ?? { kind: 'room', center: spot.center, size: spot.size };
}

/**
 * In a headset, the deed on offer is done to the thing itself: point a ray at the door (or, in the
 * white construct, anywhere at the room) and pull the trigger or pinch. It glows while pointed at.
 * Mounted only while the prompt is up; it draws nothing until hovered.
 */
export function XrActionTargets() {
  const presenting = useXR((s) => s.session != null);
  const action = useSalvage((s) => (s.story.mode === 'xr' && s.panel === 'none' ? s.prompt?.action : undefined));
  const spot = action ? runtime.config?.actions.find((a) => a.action === action) : undefined;
  return presenting && spot ? <ActionTarget key={spot.action} shape={targetOf(spot)} /> : null;
}

function ActionTarget({ shape }: { shape: TargetShape }) {
  const mesh = useRef<Mesh>(null);
  const assets = useMemo(() => {
    const door = shape.kind === 'door';
    const geometry = door ? new PlaneGeometry(shape.size[0], shape.size[1]) : new BoxGeometry(...shape.size);
    // Hidden until hovered: the material is still there for the ray, but nothing is drawn.
    const material = new MeshBasicMaterial({
      color: door ? '#9dffb0' : '#5fd27a',
      transparent: true,
      opacity: door ? 0.22 : 0.1,
      // The door glows; the white room takes a faint green tint (light added to white shows nothing).
      blending: door ? AdditiveBlending : NormalBlending,
      depthWrite: false,
      side: door ? DoubleSide : BackSide,
      visible: false,
    });
    return { geometry, material };
  }, [shape]);
  useEffect(() => () => Object.values(assets).forEach((a) => a.dispose()), [assets]);
  useEffect(() => {
    const target = mesh.current;
    // A pinch aimed here is the deed, not the start of a teleport.
    if (target) xrRuntime.uiTargets.push(target);
    return () => {
      xrRuntime.uiTargets = xrRuntime.uiTargets.filter((t) => t !== target);
    };
  }, []);
  // Each ray that points here counts: the glow goes out when the last one leaves.
  const pointing = useRef(0);
  const glow = (step: 1 | -1) => () => {
    pointing.current = Math.max(0, pointing.current + step);
    assets.material.visible = pointing.current > 0;
  };
  const act = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    takeOfferedAction();
  };
  return (
    <mesh
      ref={mesh}
      geometry={assets.geometry}
      material={assets.material}
      position={shape.center as [number, number, number]}
      onClick={act}
      onPointerOver={glow(1)}
      onPointerOut={glow(-1)}
      pointerEventsType={shape.kind === 'room' ? INSIDE_ONLY_RAYS : 'all'}
    />
  );
}
