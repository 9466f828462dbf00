import { useEffect, useMemo } from 'react';
import { particlesAt } from '../../app/quality-levels';
import { useSalvage } from '../../store/app-store';
import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import particlesGlsl from '../../shaders/plaza/particles.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { seededRandom } from './layout';

const RAIN_STREAKS = 36_000;
const SNOWFLAKES = 32_000;

const RAIN_VERTEX =
  particlesGlsl +
  /* glsl */ `
attribute float aEnd;
void main() {
  vec3 head = wrapped(position, uTime * uSpeed * (0.8 + 0.4 * fract(position.x * 97.31)));
  vec3 p = head + aEnd * vec3(0.04, 0.6, 0.012);
  vAlpha = 0.5 * fade(distance(p, cameraPosition));
  gl_Position = head.z < uLineZ ? projectionMatrix * viewMatrix * vec4(p, 1.0) : HIDDEN;
}`;

const SNOW_VERTEX =
  particlesGlsl +
  /* glsl */ `
void main() {
  vec3 p = wrapped(position, uTime * uSpeed * (0.6 + 0.8 * fract(position.x * 53.1)));
  p.x += sin(uTime * 0.9 + position.y * 40.0) * 0.45;
  p.z += cos(uTime * 0.7 + position.x * 30.0) * 0.45;
  vec4 view = viewMatrix * vec4(p, 1.0);
  vAlpha = fade(-view.z);
  gl_PointSize = clamp(0.04 * uPointScale / -view.z, 1.0, 7.0);
  gl_Position = p.z >= uLineZ ? projectionMatrix * view : HIDDEN;
}`;

const RAIN_FRAGMENT = /* glsl */ `
varying float vAlpha;
void main() {
  gl_FragColor = vec4(mix(uFogColor, uSunColor, 0.35), vAlpha);
  #include <colorspace_fragment>
}`;

const SNOW_FRAGMENT = /* glsl */ `
varying float vAlpha;
void main() {
  float d = length(gl_PointCoord - 0.5);
  if (d > 0.5) discard;
  gl_FragColor = vec4(vec3(0.95, 0.97, 1.0) * (uAmbient + uSunColor * 0.5), vAlpha * smoothstep(0.5, 0.15, d));
  #include <colorspace_fragment>
}`;

function seeds(count: number, perSeed: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(count * perSeed * 3);
  for (let i = 0; i < count; i += 1) {
    const s = [random(), random(), random()];
    for (let k = 0; k < perSeed; k += 1) out.set(s, (i * perSeed + k) * 3);
  }
  return out;
}

function particleUniforms(box: Vector3, speed: number) {
  return { uBox: { value: box }, uSpeed: { value: speed } };
}

/** Rain streaks in front of the line, snowflakes behind it: one draw each, moved on the GPU; fewer at a lower quality level. */
export function Weather({ shared }: { shared: SharedUniforms }) {
  const rain = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(seeds(RAIN_STREAKS, 2, 3), 3));
    geometry.setAttribute(
      'aEnd',
      new Float32BufferAttribute(
        Float32Array.from({ length: RAIN_STREAKS * 2 }, (_, i) => i % 2),
        1,
      ),
    );
    const material = createPlazaMaterial(shared, {
      vertex: RAIN_VERTEX,
      fragment: RAIN_FRAGMENT,
      uniforms: particleUniforms(new Vector3(50, 22, 50), 13),
      transparent: true,
      depthWrite: false,
    });
    return { geometry, material };
  }, [shared]);
  const snow = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(seeds(SNOWFLAKES, 1, 5), 3));
    const material = createPlazaMaterial(shared, {
      vertex: SNOW_VERTEX,
      fragment: SNOW_FRAGMENT,
      uniforms: particleUniforms(new Vector3(56, 22, 56), 1.1),
      transparent: true,
      depthWrite: false,
    });
    return { geometry, material };
  }, [shared]);
  useEffect(() => () => [rain, snow].forEach((p) => (p.geometry.dispose(), p.material.dispose())), [rain, snow]);
  // At a lower quality level a share of each is drawn: the seeds are random, so any share is even.
  const level = useSalvage((s) => s.quality.level);
  useEffect(() => {
    rain.geometry.setDrawRange(0, particlesAt(level, RAIN_STREAKS) * 2);
    snow.geometry.setDrawRange(0, particlesAt(level, SNOWFLAKES));
  }, [rain, snow, level]);

  return (
    <>
      <lineSegments geometry={rain.geometry} material={rain.material} frustumCulled={false} />
      <points geometry={snow.geometry} material={snow.material} frustumCulled={false} />
    </>
  );
}
