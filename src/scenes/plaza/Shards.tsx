import { useEffect, useMemo } from 'react';
import { BufferGeometry, DoubleSide, Float32BufferAttribute } from 'three';
import { createPlazaMaterial } from '../../shaders/plaza/material';
import type { SharedUniforms } from '../../shaders/plaza/shared';
import shardsVertex from '../../shaders/plaza/shards.vert.glsl?raw';
import { KINDS, shardsFor } from './creature-shapes';
import { instanced } from './instancing';

const PER_KIND = 8;
const SHARDS_PER_CREATURE = 160;

const FRAGMENT = /* glsl */ `
varying vec3 vNormal;
varying vec3 vColor;
varying float vDist;
varying float vGlass;
varying float vGlow;
void main() {
  float facing = abs(dot(normalize(vNormal), uSunDir));
  vec3 color = vColor * (uAmbient + uSunColor * facing) + vGlass * uSunColor * pow(facing, 12.0) * 1.5;
  color = mix(color, vColor * 2.5, vGlow);
  gl_FragColor = vec4(fogged(color, vDist), 1.0);
  #include <colorspace_fragment>
}`;

function shardTriangle(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0.6, 0, -0.45, -0.4, 0, 0.5, -0.3, 0], 3));
  return geometry;
}

/** Shattered windows becoming animals: every shard of every creature in one instanced draw. */
export function Shards({ shared }: { shared: SharedUniforms }) {
  const geometry = useMemo(() => {
    const creatures = KINDS.length * PER_KIND;
    const count = creatures * SHARDS_PER_CREATURE;
    const target = new Float32Array(count * 4);
    const color = new Float32Array(count * 4);
    const shard = new Float32Array(count * 4);
    for (let c = 0; c < creatures; c += 1) {
      const kind = c % KINDS.length;
      const shape = shardsFor(KINDS[kind]!, SHARDS_PER_CREATURE, 100 + c);
      const offset = c * SHARDS_PER_CREATURE;
      target.set(shape.target, offset * 4);
      color.set(shape.color, offset * 4);
      for (let i = 0; i < SHARDS_PER_CREATURE; i += 1) shard.set([c, kind, (c * 0.618) % 1, offset + i + 0.5], (offset + i) * 4);
    }
    return instanced(shardTriangle(), count, { aTarget: target, aColor: color, aShard: shard });
  }, []);
  const material = useMemo(() => createPlazaMaterial(shared, { vertex: shardsVertex, fragment: FRAGMENT, side: DoubleSide }), [shared]);
  useEffect(() => () => (geometry.dispose(), material.dispose()), [geometry, material]);
  return <mesh geometry={geometry} material={material} frustumCulled={false} />;
}
