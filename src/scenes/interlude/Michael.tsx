import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, Object3D, PlaneGeometry, SphereGeometry, Vector3, type InstancedMesh, type Mesh } from 'three';
import { createActing } from '../../figures/act';
import { createFigureMaterials } from '../../figures/figure-materials';
import { createMichaelFigure } from '../../figures/michael';
import { sceneClock } from '../../systems/scene-clock';
import { isSpeaking } from '../shared/speaking';
import { useCastFigure } from '../shared/use-cast-figure';
import type { InterludeState } from './interlude-state';
import { createChip, HAND } from './michael-geometry';
import { stepMichael } from './step-michael';

const DROPS = 14;
const dummy = new Object3D();

/** Where drop `i` is, `t` seconds in: it runs off him and falls, over and over, never in step. */
export function dropAt(i: number, t: number): [number, number, number] {
  const period = 0.7 + ((i * 37) % 11) * 0.06;
  const age = (t + i * 0.29) % period;
  const angle = i * 2.4;
  const radius = 0.08 + (i % 3) * 0.04;
  const start = 0.45 + ((i * 13) % 7) * 0.09;
  return [Math.cos(angle) * radius, Math.max(0.01, start - 4.9 * age * age), Math.sin(angle) * radius];
}

/** The boy, dripping wet; the chip in his raised hand, glinting in the dim light of the ship. */
export function Michael({ state }: { state: InterludeState }) {
  const drops = useRef<InstancedMesh>(null);
  const chip = useRef<Mesh>(null);
  const glint = useRef<Mesh>(null);
  const boy = useMemo(() => {
    const materials = createFigureMaterials();
    return { materials, ...createMichaelFigure(materials, new Vector3(...HAND)) };
  }, []);
  useEffect(
    () => () => {
      boy.figure.dispose();
      boy.materials.dispose();
      [boy.geometry.skin, boy.geometry.cloth, boy.geometry.hair, boy.geometry.eyes].forEach((g) => g.dispose());
    },
    [boy],
  );
  useCastFigure('michael', boy.figure);
  // He throws a shadow under the crane room's lamp (his eyes need none).
  useLayoutEffect(() => {
    for (const mesh of boy.figure.meshes) mesh.castShadow = mesh.name !== 'eyes';
  }, [boy]);
  const acting = useMemo(createActing, []);
  const geometry = useMemo(
    () => ({
      chip: createChip(),
      drop: new SphereGeometry(0.012, 5, 4).scale(1, 1.8, 1),
      glint: new PlaneGeometry(0.5, 0.04),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useFrame(({ camera }) => {
    const t = sceneClock.seconds;
    stepMichael(boy.figure, acting, state, t, camera.position, isSpeaking('michael'));
    const given = state.at['chip-given'] !== null;
    if (chip.current) {
      chip.current.visible = !given;
      chip.current.rotation.set(0.3 + 0.5 * Math.sin(t * 1.9), 0.4 * Math.sin(t * 1.3), 0.2);
    }
    if (glint.current) {
      // A flash of silver every few seconds, as the chip turns in his hand.
      const flash = Math.max(0, Math.sin(t * 2.1)) ** 30 + 0.15 * Math.max(0, Math.sin(t * 3.7)) ** 8;
      glint.current.visible = !given && flash > 0.02;
      glint.current.quaternion.copy(camera.quaternion);
      glint.current.rotateZ(t * 0.7);
      glint.current.scale.setScalar(0.3 + flash * 1.2);
    }
    const mesh = drops.current;
    if (!mesh) return;
    for (let i = 0; i < DROPS; i += 1) {
      const [x, y, z] = dropAt(i, t);
      dummy.position.set(x, y, z);
      dummy.updateMatrix();
      mesh.setMatrixAt(i, dummy.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <>
      <primitive object={boy.figure.root} />
      <mesh ref={chip} geometry={geometry.chip} position={HAND}>
        <meshStandardMaterial vertexColors roughness={0.2} metalness={0.7} emissive="#3a4a44" />
      </mesh>
      <mesh ref={glint} geometry={geometry.glint} position={[HAND[0], HAND[1] + 0.01, HAND[2] + 0.03]}>
        <meshBasicMaterial color="#f4fbff" blending={AdditiveBlending} transparent depthWrite={false} toneMapped={false} />
      </mesh>
      <instancedMesh ref={drops} args={[geometry.drop, undefined, DROPS]} frustumCulled={false}>
        <meshBasicMaterial color="#7f8a78" />
      </instancedMesh>
    </>
  );
}
