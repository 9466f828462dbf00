import type { ThreeEvent } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, BackSide, BoxGeometry, DoubleSide, MeshBasicMaterial, NormalBlending, PlaneGeometry, type Mesh } from 'three';
import { runtime } from '../app/runtime';
import type { ActionSpot, ActionTarget } from '../scenes/types';
import { salvageStore, useSalvage } from '../store/app-store';
import { xrRuntime } from './xr-runtime';

/**
 * A room is pointed at, never touched: grab and touch pointers take a mesh as its bounding box,
 * so a hand inside the room would be "touching" it, and would take over from its own ray (the
 * panel's buttons too). A door can also be grabbed.
 */
const INSIDE_ONLY_RAYS = { deny: ['grab', 'touch'] };

/** The spot's own target (its scene's config), or else its box, from inside. */
function targetOf(spot: ActionSpot): ActionTarget {
  return spot.target ?? { kind: 'room', center: spot.center, size: spot.size };
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
  return presenting && spot ? <TargetMesh key={spot.action} shape={targetOf(spot)} /> : null;
}

function TargetMesh({ shape }: { shape: ActionTarget }) {
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
    salvageStore.getState().takeOffer();
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
