import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, Color, Line, LineBasicMaterial, Mesh, MeshBasicMaterial, RingGeometry } from 'three';
import { ARC_SEGMENTS } from './teleport-arc';
import { xrRuntime } from './xr-runtime';

const GOOD = new Color('#8dffb0');
const REFUSED = new Color('#ff6a4d');

/**
 * The teleport arc while one is aimed: a bright line that ends in a ring on good floor, or a
 * red line with no ring where the player may not go (a wall, no room, too high). Two draws,
 * only while aiming.
 */
export function TeleportArcView() {
  const line = useRef<Line>(null);
  const ring = useRef<Mesh>(null);
  const assets = useMemo(() => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array((ARC_SEGMENTS + 1) * 3), 3));
    const lineMaterial = new LineBasicMaterial({ color: GOOD, transparent: true, opacity: 0.9, depthTest: false });
    return {
      geometry,
      lineMaterial,
      line: new Line(geometry, lineMaterial),
      ringGeometry: new RingGeometry(0.22, 0.3, 32).rotateX(-Math.PI / 2),
      ringMaterial: new MeshBasicMaterial({ color: GOOD, transparent: true, opacity: 0.85, depthWrite: false }),
    };
  }, []);
  useEffect(
    () => () => {
      assets.geometry.dispose();
      assets.lineMaterial.dispose();
      assets.ringGeometry.dispose();
      assets.ringMaterial.dispose();
    },
    [assets],
  );

  useFrame(({ clock }) => {
    const { arc } = xrRuntime.teleport;
    const shown = arc.count > 1;
    if (line.current) line.current.visible = shown;
    if (ring.current) ring.current.visible = shown && arc.verdict === 'ok';
    if (!shown) return;
    const positions = assets.geometry.getAttribute('position') as BufferAttribute;
    for (let i = 0; i < arc.count; i += 1) positions.setXYZ(i, arc.points[i]!.x, arc.points[i]!.y, arc.points[i]!.z);
    positions.needsUpdate = true;
    assets.geometry.setDrawRange(0, arc.count);
    assets.geometry.computeBoundingSphere();
    assets.lineMaterial.color.copy(arc.verdict === 'ok' ? GOOD : REFUSED);
    if (ring.current && arc.verdict === 'ok') {
      ring.current.position.copy(arc.target);
      ring.current.position.y += 0.01;
      ring.current.scale.setScalar(1 + 0.06 * Math.sin(clock.elapsedTime * 6));
    }
  });

  return (
    <group name="xr-teleport">
      <primitive object={assets.line} ref={line} visible={false} frustumCulled={false} renderOrder={9_000} />
      <mesh ref={ring} geometry={assets.ringGeometry} material={assets.ringMaterial} visible={false} />
    </group>
  );
}
