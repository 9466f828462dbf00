import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CylinderGeometry, DoubleSide, ShaderMaterial, type Mesh } from 'three';
import { playerPose } from '../../player/pose';
import type { BeachState } from './beach-state';

// The hem flaps in the breeze off the sea: the lower the cloth, the more it lifts and ripples.
const VERTEX = `uniform float uTime;
varying float vShade;
void main() {
  vec3 p = position;
  float low = clamp((0.95 - p.y) / 0.55, 0.0, 1.0);
  float angle = atan(p.x, p.z);
  float flap = sin(uTime * 5.3 + angle * 3.0) * 0.6 + sin(uTime * 8.1 + angle * 5.0) * 0.3;
  float gust = 0.6 + 0.4 * sin(uTime * 0.9);
  p.xz *= 1.0 + low * low * (0.25 + 0.18 * flap) * gust;
  p.y += low * low * 0.06 * flap * gust;
  vShade = 0.55 + 0.45 * (0.5 + 0.5 * sin(angle * 7.0 + uTime * 5.3));
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}`;
const FRAGMENT = `varying float vShade;
void main() { gl_FragColor = vec4(vec3(0.05, 0.052, 0.06) * (0.6 + 0.8 * vShade), 1.0); }`;

/**
 * Neo's long coat, seen by looking down: a hem around the legs, open at the front, flapping
 * in the wind once the beach is there. One small draw; the player is the camera.
 */
export function CoatHem({ state }: { state: BeachState }) {
  const mesh = useRef<Mesh>(null);
  const assets = useMemo(() => {
    // Open at the front (toward -Z, the way he faces) where the coat parts.
    const geometry = new CylinderGeometry(0.2, 0.42, 0.6, 20, 4, true, 0.7, Math.PI * 2 - 1.4).translate(0, 0.66, 0).rotateY(Math.PI);
    const material = new ShaderMaterial({ uniforms: { uTime: state.uniforms.uTime }, vertexShader: VERTEX, fragmentShader: FRAGMENT, side: DoubleSide });
    return { geometry, material };
  }, [state]);
  useEffect(() => () => (assets.geometry.dispose(), assets.material.dispose()), [assets]);
  useFrame(() => {
    const coat = mesh.current;
    if (!coat) return;
    // Only worth drawing when he looks down at himself, and only on the beach.
    coat.visible = playerPose.pitch < -0.45 && state.uniforms.uReveal.value > 0.3;
    coat.position.copy(playerPose.position);
    coat.rotation.set(0, playerPose.yaw, 0);
  });
  return <mesh ref={mesh} geometry={assets.geometry} material={assets.material} visible={false} frustumCulled={false} />;
}
