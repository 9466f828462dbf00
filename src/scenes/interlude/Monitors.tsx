import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { InstancedBufferAttribute, Object3D, PlaneGeometry, ShaderMaterial, type InstancedMesh } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import type { InterludeState } from './interlude-state';
import { CONSOLE, GHOST_ROOM } from './layout';
import fragmentShader from './monitors.frag.glsl?raw';

const VERTEX = `attribute float aKind;
varying vec2 vUv;
varying float vKind;
varying float vSeed;
void main() {
  vUv = uv;
  vKind = aKind;
  vSeed = fract(instanceMatrix[3].x * 0.37 + instanceMatrix[3].z * 0.71);
  gl_Position = projectionMatrix * modelViewMatrix * instanceMatrix * vec4(position, 1.0);
}`;

/**
 * Screens on the consoles, over the windows, on the side walls and on Ghost's desk: x, y, z, turn,
 * width, kind (0 heat, 1 motion, 2 camera, 3 code, 4 amber status), tilt (radians back).
 */
const SCREENS: [number, number, number, number, number, number, number][] = [
  [-3.0, CONSOLE.height + 0.34, 0.3, 0, 0.9, 0, -0.18],
  [-1.9, CONSOLE.height + 0.34, 0.3, 0, 0.9, 1, -0.18],
  [1.9, CONSOLE.height + 0.34, 0.3, 0, 0.9, 2, -0.18],
  [3.0, CONSOLE.height + 0.34, 0.3, 0, 0.9, 3, -0.18],
  [-3.72, CONSOLE.height + 0.22, 0.35, 0, 0.42, 4, -0.3],
  [-1.27, CONSOLE.height + 0.2, 0.4, 0, 0.36, 4, -0.4],
  [1.27, CONSOLE.height + 0.2, 0.4, 0, 0.36, 1, -0.4],
  [3.72, CONSOLE.height + 0.22, 0.35, 0, 0.42, 4, -0.3],
  // A row over each window, leaning down toward whoever stands at the console.
  [-3.15, 2.6, 0.16, 0, 0.36, 4, 0.35],
  [-2.65, 2.6, 0.16, 0, 0.36, 3, 0.35],
  [-2.15, 2.6, 0.16, 0, 0.36, 1, 0.35],
  [-1.65, 2.6, 0.16, 0, 0.36, 4, 0.35],
  [1.65, 2.6, 0.16, 0, 0.36, 2, 0.35],
  [2.15, 2.6, 0.16, 0, 0.36, 4, 0.35],
  [2.65, 2.6, 0.16, 0, 0.36, 0, 0.35],
  [3.15, 2.6, 0.16, 0, 0.36, 3, 0.35],
  [-3.93, 1.7, 2.2, Math.PI / 2, 1.2, 2, 0],
  [-3.93, 1.7, 3.5, Math.PI / 2, 1.2, 1, 0],
  [-3.93, 1.45, 4.6, Math.PI / 2, 0.6, 4, 0],
  [3.93, 1.7, 2.45, -Math.PI / 2, 1.2, 3, 0],
  [3.93, 1.5, 5.3, -Math.PI / 2, 0.6, 0, 0],
  [5.25, 1.02, GHOST_ROOM.minZ + 0.18, 0, 0.5, 3, -0.12],
];

/** The heat-seeking monitor, the motion detectors, the exterior cameras, status boards: one instanced draw. */
export function Monitors({ state }: { state: InterludeState }) {
  const mesh = useRef<InstancedMesh>(null);
  const assets = useMemo(() => {
    const geometry = new PlaneGeometry(1, 0.62);
    geometry.setAttribute('aKind', new InstancedBufferAttribute(new Float32Array(SCREENS.map((s) => s[5])), 1));
    const material = new ShaderMaterial({ uniforms: { uTime: { value: 0 }, uNight: state.night }, vertexShader: VERTEX, fragmentShader });
    return { geometry, material };
  }, [state]);
  useEffect(() => () => (assets.geometry.dispose(), assets.material.dispose()), [assets]);
  useLayoutEffect(() => {
    const dummy = new Object3D();
    SCREENS.forEach(([x, y, z, turn, width, , tilt], i) => {
      dummy.position.set(x, y, z);
      dummy.rotation.set(tilt, turn, 0, 'YXZ');
      dummy.scale.set(width, width, 1);
      dummy.updateMatrix();
      mesh.current?.setMatrixAt(i, dummy.matrix);
    });
    if (mesh.current) mesh.current.instanceMatrix.needsUpdate = true;
  }, []);
  useFrame(() => {
    assets.material.uniforms.uTime!.value = sceneClock.seconds;
  });
  return <instancedMesh ref={mesh} args={[assets.geometry, assets.material, SCREENS.length]} frustumCulled={false} />;
}
