import { useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Compiles every material in the scene graph, hidden ones included (figures waiting for their cue,
 * the pills, a scene's later looks), once `key` is mounted, so nothing compiles after the scene is
 * ready: a shader compiled mid-scene is a visible stall on a real GPU. Uses the browser's parallel
 * compilation where it has it. The ref turns true when every program can be used without stalling.
 */
export function useCompiled(key: string): RefObject<boolean> {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const compiled = useRef(false);
  useEffect(() => {
    let live = true;
    compiled.current = false;
    const done = () => {
      if (live) compiled.current = true;
    };
    // A failed compile still lets the scene show: the render that follows reports the shader error.
    gl.compileAsync(scene, camera).then(done, done);
    return () => {
      live = false;
    };
  }, [gl, scene, camera, key]);
  return compiled;
}
