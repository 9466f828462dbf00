import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import { createActing, act } from '../../figures/act';
import { createFigureMaterials } from '../../figures/figure-materials';
import { createHealthWorkerFigure } from '../../figures/health-worker';
import { SMITH_EYES_ABOVE_HEAD } from '../../figures/smith';
import { sceneClock } from '../../systems/scene-clock';
import { useCastFigure } from '../shared/use-cast-figure';
import { secondsSince, type InterludeState } from './interlude-state';
import { createWalker, healthWorker } from './ushering';

/** The boy's head as they look down at him (set each frame from where he stands). */
const boyHead = new Vector3();
const KINDS = ['woman', 'man'] as const;

/**
 * Two of Zion's health workers: in from the back rooms once the boy has given up the chip, waiting
 * behind him, then walking him out between them. Hidden until then: they are drawn with the
 * boy's kind of materials, compiled with the scene (use-compiled.ts compiles hidden ones too).
 */
export function HealthWorkers({ state }: { state: InterludeState }) {
  const made = useMemo(() => {
    const materials = createFigureMaterials();
    return { materials, workers: KINDS.map((kind) => ({ ...createHealthWorkerFigure(materials, kind), acting: createActing(), walker: createWalker() })) };
  }, []);
  useEffect(
    () => () => {
      for (const { figure, geometry } of made.workers) {
        figure.dispose();
        [geometry.skin, geometry.cloth, geometry.hair, geometry.eyes].forEach((g) => g.dispose());
      }
      made.materials.dispose();
    },
    [made],
  );
  // Grounded under the crane room's lamp like the boy (hair and eyes cast nothing worth a pass).
  useLayoutEffect(() => {
    for (const { figure } of made.workers) for (const mesh of figure.meshes) mesh.castShadow = mesh.name === 'skin' || mesh.name === 'cloth';
  }, [made]);
  const [first, second] = made.workers;
  useCastFigure('health-worker-1', first!.figure, () => first!.walker.shown);
  useCastFigure('health-worker-2', second!.figure, () => second!.walker.shown);

  useFrame(() => {
    const t = sceneClock.seconds;
    const called = state.at['chip-given'] === null ? null : secondsSince(state.at['chip-given'], t);
    const leaving = state.at['michael-leaves'] === null ? null : secondsSince(state.at['michael-leaves'], t);
    made.workers.forEach(({ figure, acting, walker }, i) => {
      healthWorker(i as 0 | 1, called, leaving, state.boy, walker);
      figure.root.position.set(walker.x, 0, walker.z);
      figure.root.rotation.y = walker.heading;
      figure.root.visible = walker.shown;
      acting.layers.length = 0;
      acting.layers.push({ clip: 'walk', weight: walker.walking ? 1 : 0 }, { clip: 'stand', weight: walker.walking ? 0 : 1 });
      acting.target = boyHead.set(state.boy.x, 1.05, state.boy.z);
      acting.look = walker.walking ? 0.3 : 0.8;
      acting.smile = 0.35;
      act(figure, acting, t + i * 0.37, SMITH_EYES_ABOVE_HEAD, 4 + i);
    });
  });

  return made.workers.map(({ figure }, i) => <primitive key={i} object={figure.root} />);
}
