import { useFrame, useThree } from '@react-three/fiber';
import { DefaultXRController, DefaultXRHand } from '@react-three/xr';
import { useRef } from 'react';
import { PMREMGenerator, type Group, type Material, type Texture, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';

let environment: Texture | null = null;

/** A soft studio light, made once, on the GPU, from three's own room (nothing is downloaded). */
function studioLight(gl: WebGLRenderer): Texture {
  if (!environment) {
    const pmrem = new PMREMGenerator(gl);
    const room = new RoomEnvironment();
    environment = pmrem.fromScene(room, 0.04).texture;
    room.dispose();
    pmrem.dispose();
  }
  return environment;
}

/**
 * The controller and hand models are physically based and partly metallic: in scenes lit only by
 * a few lamps (or none, like the beach's painted shader) they render black. Each of their
 * materials gets its own soft studio light instead, leaving the scenes' lighting alone.
 */
function useStudioLit(root: React.RefObject<Group | null>): void {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    root.current?.traverse((object) => {
      const material = (object as { material?: Material & { envMap?: Texture | null; isMeshStandardMaterial?: boolean } }).material;
      if (!material?.isMeshStandardMaterial || material.envMap) return;
      material.envMap = studioLight(gl);
      material.needsUpdate = true;
    });
  });
}

/**
 * A press and release on the same thing is a click however long the trigger (or the pinch) was
 * held: a deliberate, slow pull is a choice too (the pointers' own default is 300 ms, made to
 * tell clicks from drags, and nothing here is dragged). It also holds where frames come slowly.
 */
const PRESS = { clickThresholdMs: 3_000 };

/** A controller as @react-three/xr draws it (model, ray, grab), lit by its own studio light. */
export function LitController() {
  const root = useRef<Group>(null);
  useStudioLit(root);
  return (
    <group ref={root}>
      <DefaultXRController rayPointer={PRESS} grabPointer={PRESS} />
    </group>
  );
}

/** A tracked hand as @react-three/xr draws it (model, ray, poke, grab), lit by its own studio light. */
export function LitHand() {
  const root = useRef<Group>(null);
  useStudioLit(root);
  return (
    <group ref={root}>
      <DefaultXRHand rayPointer={PRESS} grabPointer={PRESS} touchPointer={PRESS} />
    </group>
  );
}
