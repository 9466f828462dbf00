import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useRef, useState } from 'react';
import type { Mesh } from 'three';
import { useSalvage } from '../store/app-store';
import { selectChoices } from '../store/selectors';
import { storyIndex } from '../story/story-index';
import { objectInTrackingSpace } from './tracking-space';
import { xrRuntime, type TrackedPoint } from './xr-runtime';

const selectCurrentChoices = selectChoices(storyIndex);

interface Props {
  /** The choice this thing in the world makes when it is taken. */
  choice: string;
  /** The reach of the target around the thing (a sphere, metres): bigger than the thing, so a ray finds it. */
  radius: number;
  position?: [number, number, number];
}

/**
 * In a headset, a thing in the world that makes a choice when it is taken: pointed at with a
 * ray and triggered, pinched, or grabbed (all reach here as a click). It glows faintly while
 * pointed at. Outside a session, or when the story offers no such choice, it is not there.
 */
export function XrChoiceTarget({ choice, radius, position }: Props) {
  const presenting = useXR((s) => s.session != null);
  const offered = useSalvage((s) => selectCurrentChoices(s).some((c) => c.id === choice));
  return presenting && offered ? <ChoiceTarget choice={choice} radius={radius} position={position} /> : null;
}

function ChoiceTarget({ choice, radius, position }: Props) {
  const dispatch = useSalvage((s) => s.dispatch);
  const [hovered, setHovered] = useState(false);
  const mesh = useRef<Mesh>(null);
  // Where it is, for tests that aim a controller at it (salvage.state().xr.choiceTargets).
  useFrame(() => {
    const at = xrRuntime.choiceTargets.get(choice) ?? ([0, 0, 0] as TrackedPoint);
    if (mesh.current && objectInTrackingSpace(mesh.current, at)) xrRuntime.choiceTargets.set(choice, at);
  });
  useEffect(() => () => void xrRuntime.choiceTargets.delete(choice), [choice]);
  const take = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    dispatch({ type: 'choose', choice });
  };
  return (
    <mesh ref={mesh} name={`xr-choice-${choice}`} position={position} onClick={take} onPointerOver={() => setHovered(true)} onPointerOut={() => setHovered(false)}>
      <sphereGeometry args={[radius, 16, 12]} />
      <meshBasicMaterial color="#9dffb8" transparent opacity={hovered ? 0.18 : 0} depthWrite={false} />
    </mesh>
  );
}
