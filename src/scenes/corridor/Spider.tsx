import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CapsuleGeometry, SphereGeometry, type Group } from 'three';
import { sceneClock } from '../../systems/scene-clock';
import { mergeParts, painted } from '../shared/figure-parts';
import { spiderAt } from './spider-path';

const BLACK = '#0b0a09';

function createSpider() {
  const legs = [];
  for (let side = -1; side <= 1; side += 2) {
    for (let i = 0; i < 4; i += 1) {
      const angle = (i - 1.5) * 0.45;
      legs.push(
        painted(
          new CapsuleGeometry(0.0025, 0.05, 2, 4)
            .rotateZ((side * Math.PI) / 2.6)
            .rotateY(angle)
            .translate(side * 0.022, 0.012, (i - 1.5) * 0.008),
          BLACK,
        ),
      );
    }
  }
  return mergeParts([
    painted(new SphereGeometry(0.014, 8, 6).translate(0, 0.016, 0.012), BLACK),
    painted(new SphereGeometry(0.01, 8, 6).translate(0, 0.014, -0.01), BLACK),
    ...legs,
  ]);
}

/** A spider that scuttles across the floor, out of place. One draw. */
export function Spider({ crossingZ }: { crossingZ: number }) {
  const spider = useRef<Group>(null);
  const geometry = useMemo(createSpider, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useFrame(() => {
    const t = sceneClock.seconds;
    const place = spiderAt(t, crossingZ);
    spider.current?.position.set(place.x, 0.002 + 0.004 * place.running * Math.abs(Math.sin(t * 40)), place.z);
    spider.current?.rotation.set(0, place.heading, 0.12 * place.running * Math.sin(t * 40));
  });
  return (
    // Never culled: one draw whether it is under way or resting out of sight in the skirting.
    <group ref={spider} scale={1.6}>
      <mesh geometry={geometry} frustumCulled={false}>
        <meshLambertMaterial vertexColors />
      </mesh>
    </group>
  );
}
