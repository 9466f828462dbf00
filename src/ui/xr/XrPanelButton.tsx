import { Text } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { useState } from 'react';
import { PANEL_FONT } from './panel-style';

interface Props {
  label: string;
  position: [number, number, number];
  width?: number;
  onSelect: () => void;
  /** Named so that the panel's state can report what it shows. */
  name?: string;
}

/** A button in the world: selected with a controller ray (trigger), a poke, or a pinch. */
export function XrPanelButton({ label, position, width = 0.9, onSelect, name }: Props) {
  const [hovered, setHovered] = useState(false);
  const select = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    onSelect();
  };
  return (
    <group position={position} name={name}>
      <mesh onClick={select} onPointerOver={() => setHovered(true)} onPointerOut={() => setHovered(false)}>
        <planeGeometry args={[width, 0.075]} />
        <meshBasicMaterial color={hovered ? '#2f6b3a' : '#14301a'} />
      </mesh>
      <Text font={PANEL_FONT} fontSize={0.036} color="#e8ffe8" maxWidth={width - 0.04} anchorX="center" anchorY="middle" position={[0, 0, 0.002]}>
        {label}
      </Text>
    </group>
  );
}
