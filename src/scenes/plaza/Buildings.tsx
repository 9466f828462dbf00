import { useEffect, useMemo } from 'react';
import buildingFragment from '../../shaders/plaza/building.frag.glsl?raw';
import buildingVertex from '../../shaders/plaza/building.vert.glsl?raw';
import collapseGlsl from '../../shaders/plaza/collapse.glsl?raw';
import facadeGlsl from '../../shaders/plaza/facade.glsl?raw';
import dustVertex from '../../shaders/plaza/dust.vert.glsl?raw';
import frameVertex from '../../shaders/plaza/frame.vert.glsl?raw';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import { blockAttributes, createDustGeometry, createFacadeGeometry, createFrameGeometry } from './city-geometry';
import { instanced } from './instancing';
import { layOutCity } from './layout';

const DUST_PER_BUILDING = 16;

const FRAME_FRAGMENT = /* glsl */ `
varying float vDist;
void main() {
  gl_FragColor = vec4(fogged(vec3(0.12, 0.08, 0.06), vDist), 1.0);
  #include <colorspace_fragment>
}`;

const DUST_FRAGMENT = /* glsl */ `
varying float vAlpha;
varying float vDist;
void main() {
  float d = length(gl_PointCoord - 0.5);
  if (d > 0.5) discard;
  vec3 dust = vec3(0.62, 0.58, 0.52) * (uAmbient + uSunColor * 0.55);
  gl_FragColor = vec4(fogged(dust, vDist), vAlpha * smoothstep(0.5, 0.1, d));
  #include <colorspace_fragment>
}`;

/**
 * The city around the plaza: facades (one instanced draw), the steel frames bared as they fall
 * (one draw of lines) and their dust (one draw of points). The constant building is among them.
 */
export function Buildings({ shared }: { shared: SharedUniforms }) {
  const parts = useMemo(() => {
    const city = layOutCity();
    const falling = city.filter((b) => b.period > 0);
    const facades = instanced(createFacadeGeometry(), city.length, blockAttributes(city));
    const frames = instanced(createFrameGeometry(), falling.length, blockAttributes(falling));
    const dust = instanced(createDustGeometry(DUST_PER_BUILDING), falling.length, blockAttributes(falling));
    const facadeMaterial = createPlazaMaterial(shared, {
      vertex: collapseGlsl + facadeGlsl + buildingVertex,
      fragment: buildingFragment,
      uniforms: { uZenith: shared.uZenith },
    });
    const frameMaterial = createPlazaMaterial(shared, { vertex: collapseGlsl + frameVertex, fragment: FRAME_FRAGMENT });
    const dustMaterial = createPlazaMaterial(shared, {
      vertex: collapseGlsl + dustVertex,
      fragment: DUST_FRAGMENT,
      transparent: true,
      depthWrite: false,
    });
    return { facades, frames, dust, facadeMaterial, frameMaterial, dustMaterial };
  }, [shared]);
  useEffect(() => () => Object.values(parts).forEach((p) => p.dispose()), [parts]);

  return (
    <>
      <mesh geometry={parts.facades} material={parts.facadeMaterial} frustumCulled={false} />
      <lineSegments geometry={parts.frames} material={parts.frameMaterial} frustumCulled={false} />
      <points geometry={parts.dust} material={parts.dustMaterial} frustumCulled={false} />
    </>
  );
}
