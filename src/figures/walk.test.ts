import { describe, expect, it } from 'vitest';
import { MeshBasicMaterial, Vector3 } from 'three';
import { createHealthWorkerFigure } from './health-worker';
import { poseFigure } from './drive';

const basic = () => new MeshBasicMaterial();
const materials = { skin: basic(), cloth: basic(), hair: basic(), eyes: basic(), dispose() {} };

describe('the walk', () => {
  const { figure } = createHealthWorkerFigure(materials, 'man');
  const walk = figure.actions.get('walk')!.getClip();
  const feet = (t: number) => {
    poseFigure(figure, [{ clip: 'walk', weight: 1 }], t);
    figure.root.updateMatrixWorld(true);
    const at = (name: string) => figure.bones[name]!.getWorldPosition(new Vector3());
    return { left: at('foot_L'), right: at('foot_R'), hips: at('hips') };
  };

  it('is one stride of both legs, and loops', () => {
    expect(walk.duration).toBeCloseTo(1.15, 5);
    const start = feet(0);
    const end = feet(walk.duration - 1e-4);
    expect(start.left.distanceTo(end.left)).toBeLessThan(0.01);
  });

  it('puts each foot ahead in turn (the figure faces +z), the body lowest as a heel comes down', () => {
    const leftAhead = feet(0);
    const rightAhead = feet(walk.duration / 2);
    expect(leftAhead.left.z - leftAhead.right.z).toBeGreaterThan(0.25);
    expect(rightAhead.right.z - rightAhead.left.z).toBeGreaterThan(0.25);
    expect(feet(walk.duration / 4).hips.y).toBeGreaterThan(leftAhead.hips.y);
  });

  it('stands by when not walking', () => {
    poseFigure(figure, [{ clip: 'stand', weight: 1 }], 1);
    expect(figure.clip).toBe('stand');
  });
});
