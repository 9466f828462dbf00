import { useEffect, useMemo } from 'react';
import { PlaneGeometry } from 'three';
import groundFragment from '../../shaders/plaza/ground.frag.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { SHADOW_RECEIVER_GLSL, type SunShadow } from './sun-shadow';

const VERTEX = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

/**
 * One plane for the whole city floor; its shader decides wet or white by the weather line, and
 * darkens what the sun's shadow mask covers. Drawn
 * after the buildings and the crowd, so the pixels they cover are not shaded twice.
 */
export function Ground({ shared, shadow }: { shared: SharedUniforms; shadow: SunShadow }) {
  const geometry = useMemo(() => new PlaneGeometry(720, 720).rotateX(-Math.PI / 2), []);
  const material = useMemo(
    () => createPlazaMaterial(shared, { vertex: VERTEX, fragment: SHADOW_RECEIVER_GLSL + groundFragment, uniforms: { ...shadow.uniforms } }),
    [shared, shadow],
  );
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  return <mesh geometry={geometry} material={material} position={[0, 0, 40]} renderOrder={1} />;
}
