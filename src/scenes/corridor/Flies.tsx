import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { InstancedBufferAttribute, InstancedBufferGeometry, ShaderMaterial, TetrahedronGeometry } from 'three';
import { hash01 } from '../../systems/flicker';
import { sceneClock } from '../../systems/scene-clock';
import { FIXTURE_ZS, HEIGHT, SMITH_DOOR_Z } from './layout';
import fliesVertex from './flies.vert.glsl?raw';

const COUNT = 36;
/** The flies are trapped in the two lights nearest Smith. */
const TRAPS = [FIXTURE_ZS[1]!, FIXTURE_ZS[2]!].filter((z) => Math.abs(z - SMITH_DOOR_Z) < 6);

/** Flies circling the failing lights: all their motion is in the vertex shader. One draw. */
export function Flies() {
  const { geometry, material } = useMemo(() => {
    const base = new TetrahedronGeometry(0.012);
    const geometry = new InstancedBufferGeometry();
    geometry.setAttribute('position', base.getAttribute('position'));
    base.dispose();
    geometry.instanceCount = COUNT;
    const seeds = new Float32Array(COUNT * 4);
    for (let i = 0; i < COUNT; i += 1) {
      seeds.set([TRAPS[i % TRAPS.length]!, hash01(i, 1), hash01(i, 2), hash01(i, 3)], i * 4);
    }
    geometry.setAttribute('aSeed', new InstancedBufferAttribute(seeds, 4));
    const material = new ShaderMaterial({
      uniforms: { uTime: { value: 0 }, uCeiling: { value: HEIGHT - 0.12 } },
      vertexShader: fliesVertex,
      fragmentShader: 'void main() { gl_FragColor = vec4(0.04, 0.045, 0.035, 1.0); }',
    });
    return { geometry, material };
  }, []);
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  useFrame(() => {
    material.uniforms.uTime!.value = sceneClock.seconds;
  });
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
