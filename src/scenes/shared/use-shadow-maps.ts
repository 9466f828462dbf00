import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { PCFShadowMap } from 'three';

/**
 * Turns the renderer's shadow maps on while a scene that stages shadows is mounted, and off when it
 * leaves, so scenes without a shadow-casting light pay nothing. A layout effect: it runs before the
 * stage compiles the scene (a parent's effect), so every program is built with shadows in mind.
 * Only the lights the scene marks `castShadow` draw a map, and only meshes marked `castShadow` draw
 * into it.
 */
export function useShadowMaps(): void {
  const gl = useThree((s) => s.gl);
  useLayoutEffect(() => {
    gl.shadowMap.enabled = true;
    gl.shadowMap.type = PCFShadowMap;
    gl.shadowMap.needsUpdate = true;
    return () => {
      gl.shadowMap.enabled = false;
    };
  }, [gl]);
}
