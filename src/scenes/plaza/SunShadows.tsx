import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import collapseGlsl from '../../shaders/plaza/collapse.glsl?raw';
import facadeGlsl from '../../shaders/plaza/facade.glsl?raw';
import { blockAttributes, createFacadeGeometry } from './city-geometry';
import { CROWD } from './config';
import { instanced } from './instancing';
import { BEHAVIOUR, layOutCity, layOutCrowd } from './layout';
import { SHADOW_AREA, type SunShadow } from './sun-shadow';

const FACADE_VERTEX = /* glsl */ `
void main() {
  float u = cyclePhase();
  float gone = fallen(u, 0.5, 0.66);
  gl_Position = shadowPosition(facadeWorld(position, trembling(u), gone, facadeSunk(position, gone)));
}`;
const FACADE_FRAGMENT = /* glsl */ `
void main() { gl_FragColor = vec4(1.0, 0.0, 0.0, 1.0); }`;

// A person as the sun sees them (a column as wide as the shoulders, turned square to the sun),
// and the dark round their feet where the sky's light does not reach.
const FIGURE_VERTEX = /* glsl */ `
attribute vec4 aPlace; // x, z, heading, scale
varying vec3 vCorner;
void main() {
  vCorner = position;
  float scale = aPlace.w;
  vec3 feet = vec3(aPlace.x, 0.0, aPlace.y);
  vec2 across = normalize(vec2(-uSunDir.z, uSunDir.x));
  vec3 world = position.z < 0.5
    ? feet + vec3(across.x, 0.0, across.y) * position.x * 0.25 * scale + vec3(0.0, position.y * 1.7 * scale, 0.0)
    : feet + vec3(position.x, 0.0, position.y) * 0.45 * scale;
  gl_Position = shadowPosition(world);
}`;
const FIGURE_FRAGMENT = /* glsl */ `
varying vec3 vCorner;
void main() {
  if (vCorner.z < 0.5) {
    float taper = mix(1.0, 0.55, smoothstep(0.75, 1.0, vCorner.y));
    float body = smoothstep(taper, taper * 0.5, abs(vCorner.x)) * smoothstep(1.0, 0.93, vCorner.y);
    gl_FragColor = vec4(0.9 * body, 0.0, 0.0, 1.0);
  } else {
    gl_FragColor = vec4(0.0, smoothstep(1.0, 0.15, length(vCorner.xy)), 0.0, 1.0);
  }
}`;

/** Two quads per person: the column (z = 0) and the disc at the feet (z = 1). */
function createFigureShadowQuads(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute([-1, -0.05, 0, 1, -0.05, 0, 1, 1, 0, -1, 1, 0, -1, -1, 1, 1, -1, 1, 1, 1, 1, -1, 1, 1], 3));
  g.setIndex([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7]);
  return g;
}

/** Is a point within `margin` metres of the shadow square? */
const nearArea = (x: number, z: number, margin: number) =>
  Math.abs(x - SHADOW_AREA.center[0]) < SHADOW_AREA.half + margin && Math.abs(z - SHADOW_AREA.center[1]) < SHADOW_AREA.half + margin;

/** The people who stand on the ground near the plaza (the ones flying have no shadow here). */
function standingCrowd(): Float32Array {
  const { place, look } = layOutCrowd(CROWD.count);
  const kept: number[] = [];
  for (let i = 0; i < CROWD.count; i += 1) {
    const behaviour = look[i * 4 + 1];
    const grounded = behaviour === BEHAVIOUR.idle || behaviour === BEHAVIOUR.waving;
    if (grounded && nearArea(place[i * 4]!, place[i * 4 + 1]!, 0)) kept.push(...place.subarray(i * 4, i * 4 + 4));
  }
  return new Float32Array(kept);
}

/**
 * The sun's shadows on the plaza's ground: the city's (its falling blocks' shortening as they
 * sink) and every standing person's, redrawn each frame into the mask the ground reads.
 */
export function SunShadows({ shadow }: { shadow: SunShadow }) {
  const gl = useThree((s) => s.gl);
  const geometries = useMemo(() => {
    // A block's shadow reaches at most about its height from its foot: the tallest are 84 m.
    const city = layOutCity().filter((b) => nearArea(b.x, b.z, 90));
    const facades = instanced(createFacadeGeometry(), city.length, blockAttributes(city));
    const crowd = standingCrowd();
    const figures = instanced(createFigureShadowQuads(), crowd.length / 4, { aPlace: crowd });
    shadow.addCaster(facades, collapseGlsl + facadeGlsl + FACADE_VERTEX, FACADE_FRAGMENT);
    shadow.addCaster(figures, FIGURE_VERTEX, FIGURE_FRAGMENT);
    return [facades, figures];
  }, [shadow]);
  useEffect(() => () => geometries.forEach((g) => g.dispose()), [geometries]);
  useFrame(() => shadow.render(gl));
  return null;
}
