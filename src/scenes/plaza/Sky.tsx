import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, LessEqualDepth, SphereGeometry, type Mesh } from 'three';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';

const VERTEX = /* glsl */ `
varying vec3 vDir;
void main() {
  vDir = position;
  // On the far plane, drawn after everything solid: only the pixels nothing covers run the sky.
  gl_Position = (projectionMatrix * modelViewMatrix * vec4(position, 1.0)).xyww;
}`;

// A bright gradient from the haze at the horizon to the zenith, and a hard, blinding sun.
const FRAGMENT = /* glsl */ `
uniform vec3 uZenith;
varying vec3 vDir;
void main() {
  vec3 dir = normalize(vDir);
  float up = clamp(dir.y, 0.0, 1.0);
  vec3 color = mix(uFogColor, uZenith, pow(up, 0.55));
  float sun = max(dot(dir, uSunDir), 0.0);
  color += uSunColor * (pow(sun, 900.0) * 4.0 + pow(sun, 40.0) * 0.35 + pow(sun, 6.0) * 0.08);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}`;

/** The sky dome: it travels with the camera, so it is never reached. */
export function Sky({ shared }: { shared: SharedUniforms }) {
  const mesh = useRef<Mesh>(null);
  const geometry = useMemo(() => new SphereGeometry(360, 24, 12), []);
  const material = useMemo(
    () => createPlazaMaterial(shared, { vertex: VERTEX, fragment: FRAGMENT, side: BackSide, depthWrite: false, depthFunc: LessEqualDepth, uniforms: { uZenith: shared.uZenith } }),
    [shared],
  );
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  useFrame(({ camera }) => mesh.current?.position.copy(camera.position));
  return <mesh ref={mesh} geometry={geometry} material={material} renderOrder={2} frustumCulled={false} />;
}
