import { Text } from '@react-three/drei';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Mesh } from 'three';
import { objectInTrackingSpace } from '../../xr/tracking-space';
import { xrRuntime, type TrackedPoint } from '../../xr/xr-runtime';
import { BUTTON_LAYER } from './draw-on-top';
import { PANEL_FONT } from './panel-style';

interface Props {
  label: string;
  position: [number, number, number];
  width?: number;
  height?: number;
  onSelect: () => void;
  /** Named so that the panel's state can report what it shows. */
  name?: string;
}

/**
 * A button in the world: selected with a controller ray (trigger), a poke, or a pinch. It lists
 * itself, with where it is in the tracking space, in `xrRuntime.panel.buttons` (for tests that
 * aim a controller at it).
 */
export function XrPanelButton({ label, position, width = 0.9, height = 0.075, onSelect, name }: Props) {
  const [hovered, setHovered] = useState(false);
  const mesh = useRef<Mesh>(null);
  const spot = useMemo(() => ({ label, position: [0, 0, 0] as TrackedPoint, listed: false }), [label]);
  useFrame(() => {
    if (!mesh.current || !objectInTrackingSpace(mesh.current, spot.position) || spot.listed) return;
    // Listed once it has a place: a test never aims at a button that has not been laid out.
    spot.listed = true;
    xrRuntime.panel.buttons.push({ label: spot.label, position: spot.position });
  });
  useEffect(
    () => () => {
      xrRuntime.panel.buttons = xrRuntime.panel.buttons.filter((b) => b.position !== spot.position);
      spot.listed = false;
    },
    [spot],
  );
  const select = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    onSelect();
  };
  return (
    <group position={position} name={name}>
      <mesh ref={mesh} userData={BUTTON_LAYER} onClick={select} onPointerOver={() => setHovered(true)} onPointerOut={() => setHovered(false)}>
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial color={hovered ? '#2f6b3a' : '#14301a'} />
      </mesh>
      <Text font={PANEL_FONT} fontSize={0.036} color="#e8ffe8" maxWidth={width - 0.04} anchorX="center" anchorY="middle" position={[0, 0, 0.002]}>
        {label}
      </Text>
    </group>
  );
}
