import { useEffect, useMemo } from 'react';
import { CapsuleGeometry, CircleGeometry, DoubleSide } from 'three';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { PORTAL } from './config';
import { instanced } from './instancing';
import { seededRandom } from './layout';

const PILLS = 700;

const PILL_VERTEX = /* glsl */ `
attribute vec4 aPill; // x, y, z, seed
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
vec2 turn(vec2 v, float a) { float c = cos(a), s = sin(a); return vec2(c * v.x - s * v.y, s * v.x + c * v.y); }
void main() {
  float t = uTime + aPill.w * 50.0;
  vec3 p = position;
  vec3 n = normal;
  p.xy = turn(p.xy, t * 0.8); n.xy = turn(n.xy, t * 0.8);
  p.xz = turn(p.xz, t * 0.5); n.xz = turn(n.xz, t * 0.5);
  vec3 world = aPill.xyz + p + vec3(0.3 * sin(t * 0.4), 0.5 * sin(t * 0.7), 0.3 * cos(t * 0.3));
  vNormal = n;
  vColor = vec3(0.75, 0.02, 0.02);
  vDist = distance(world, cameraPosition);
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}`;

const PILL_FRAGMENT = /* glsl */ `
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
void main() {
  vec3 n = normalize(vNormal);
  float shine = pow(max(dot(n, normalize(uSunDir + vec3(0.0, 0.0, 0.3))), 0.0), 24.0);
  gl_FragColor = vec4(fogged(sunlit(vColor, n) + vColor * 0.4 + uSunColor * shine, vDist), 1.0);
  #include <colorspace_fragment>
}`;

const PORTAL_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() { vUv = uv * 2.0 - 1.0; gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0); }`;

const PORTAL_FRAGMENT = /* glsl */ `
varying vec2 vUv;
void main() {
  float r = length(vUv);
  if (r > 1.0) discard;
  float a = atan(vUv.y, vUv.x);
  float ripple = 0.5 + 0.5 * sin(r * 24.0 - uTime * 3.0 + 1.6 * sin(a * 5.0 + uTime * 0.7));
  float rim = smoothstep(0.8, 0.94, r) * (1.0 - smoothstep(0.94, 1.0, r));
  vec3 deep = mix(vec3(0.0, 0.08, 0.06), vec3(0.05, 0.35, 0.3), r);
  vec3 color = mix(deep, vec3(0.5, 1.0, 0.85), pow(ripple, 6.0) * (1.0 - 0.5 * r)) + rim * vec3(0.7, 1.0, 0.9);
  gl_FragColor = vec4(color, 0.92);
  #include <colorspace_fragment>
}`;

function pillPlaces(seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: PILLS * 4 }, (_, i) => {
    const k = i % 4;
    if (k === 0) return (random() * 2 - 1) * 34;
    if (k === 1) return 2.4 + random() * 14;
    if (k === 2) return -36 + Math.pow(random(), 1.4) * 170;
    return random();
  });
}

/** Red pills floating everywhere (one instanced draw) and the rippling portal at the crowd's far end. */
export function Pills({ shared }: { shared: SharedUniforms }) {
  const parts = useMemo(() => {
    const pills = instanced(new CapsuleGeometry(0.09, 0.2, 2, 6), PILLS, { aPill: pillPlaces(41) });
    const pillMaterial = createPlazaMaterial(shared, { vertex: PILL_VERTEX, fragment: PILL_FRAGMENT });
    const disc = new CircleGeometry(PORTAL.radius, 64);
    const portalMaterial = createPlazaMaterial(shared, {
      vertex: PORTAL_VERTEX,
      fragment: PORTAL_FRAGMENT,
      side: DoubleSide,
      transparent: true,
    });
    return { pills, pillMaterial, disc, portalMaterial };
  }, [shared]);
  useEffect(() => () => Object.values(parts).forEach((p) => p.dispose()), [parts]);
  return (
    <>
      <mesh geometry={parts.pills} material={parts.pillMaterial} frustumCulled={false} />
      <mesh geometry={parts.disc} material={parts.portalMaterial} position={PORTAL.position} />
    </>
  );
}
