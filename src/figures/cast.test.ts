import { PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import { castState } from './cast';
import { createFigure } from './figure';
import { buildFigureGeometry } from './figure-geometry';
import { createFigureMaterials } from './figure-materials';
import { SMITH_PALETTE } from './palette';
import { createSmithClips } from './smith-clips';

describe('the cast as tools see it', () => {
  const figure = createFigure(buildFigureGeometry({ body: 'man', palette: SMITH_PALETTE, outfit: 'suit', hair: 'slicked' }), createFigureMaterials(), createSmithClips());
  figure.clip = 'stand';
  const camera = new PerspectiveCamera(60, 16 / 9, 0.05, 50);
  const member = { id: 'smith', figure, onStage: () => true, camera: () => camera };

  it('gives a figure ahead its bounds in the view and says it is in sight', () => {
    camera.position.set(0, 1.6, 3);
    camera.lookAt(0, 1.2, 0);
    const state = castState(member);
    expect(state).toMatchObject({ id: 'smith', clip: 'stand', inSight: true });
    const [left, top, right, bottom] = state.bounds!;
    expect(left).toBeGreaterThan(0.2);
    expect(right).toBeLessThan(0.8);
    expect(top).toBeGreaterThan(0);
    expect(bottom).toBeLessThan(1.2);
    expect(right - left).toBeGreaterThan(0.05);
  });

  it('has no bounds and is not in sight behind the camera, or off stage', () => {
    camera.position.set(0, 1.6, 3);
    camera.lookAt(0, 1.6, 6);
    expect(castState(member)).toMatchObject({ bounds: null, inSight: false });
    expect(castState({ ...member, onStage: () => false })).toMatchObject({ bounds: null, inSight: false });
  });
});
