import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { createActing, act } from '../../figures/act';
import { createFigureMaterials } from '../../figures/figure-materials';
import { SMITH_EYES_ABOVE_HEAD } from '../../figures/smith';
import { createSparksFigure } from '../../figures/sparks';
import { sceneClock } from '../../systems/scene-clock';
import { isSpeaking } from '../shared/speaking';
import { useCastFigure } from '../shared/use-cast-figure';
import { secondsSince, type InterludeState } from './interlude-state';

/**
 * Sparks: only there at night, at the left console, typing furiously. Drawn from the start,
 * too small to see, so his shaders are ready when the night comes.
 */
export function Sparks({ state }: { state: InterludeState }) {
  const made = useMemo(() => {
    const materials = createFigureMaterials();
    return { materials, ...createSparksFigure(materials) };
  }, []);
  useEffect(
    () => () => {
      made.figure.dispose();
      made.materials.dispose();
      [made.geometry.skin, made.geometry.cloth, made.geometry.hair, made.geometry.eyes].forEach((g) => g.dispose());
    },
    [made],
  );
  const night = () => secondsSince(state.at.night, sceneClock.seconds) > 0.5;
  useCastFigure('sparks', made.figure, night);
  const acting = useMemo(() => {
    const a = createActing();
    a.layers.push({ clip: 'typing', weight: 1 });
    return a;
  }, []);
  useFrame(({ camera }) => {
    const { root } = made.figure;
    const on = night();
    root.scale.setScalar(on ? 1 : 1e-4);
    for (const mesh of made.figure.meshes) mesh.frustumCulled = on;
    acting.target = camera.position;
    acting.speaking = isSpeaking('sparks');
    acting.look = acting.speaking ? 0.6 : 0;
    act(made.figure, acting, sceneClock.seconds, SMITH_EYES_ABOVE_HEAD, 3);
  });
  return <primitive object={made.figure.root} position={[-2.3, 0, 1.5]} rotation-y={Math.PI} />;
}
