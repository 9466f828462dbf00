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

/** A controller as @react-three/xr draws it (model, ray, grab), lit by its own studio light. */
export function LitController() {
  const root = useRef<Group>(null);
  useStudioLit(root);
  return (
    <group ref={root}>
      <DefaultXRController />
    </group>
  );
}

/** A tracked hand as @react-three/xr draws it (model, ray, poke, grab), lit by its own studio light. */
export function LitHand() {
  const root = useRef<Group>(null);
  useStudioLit(root);
  return (
    <group ref={root}>
      <DefaultXRHand />
    </group>
  );
}
