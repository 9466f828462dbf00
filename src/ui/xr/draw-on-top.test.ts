import { Group, Mesh, MeshBasicMaterial, PlaneGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { BUTTON_LAYER, drawOnTop } from './draw-on-top';

const plane = () => new Mesh(new PlaneGeometry(1, 1), new MeshBasicMaterial());

describe('the in-world panel, drawn over the world', () => {
  it('draws every part without the depth test, in one ordered list: back, then button faces, then text', () => {
    const panel = new Group();
    const back = plane();
    const button = plane();
    button.userData = BUTTON_LAYER;
    const text = Object.assign(plane(), { text: 'Hold out the red pill' });
    panel.add(back, button, text);
    drawOnTop(panel);
    for (const mesh of [back, button, text]) {
      const material = mesh.material as MeshBasicMaterial;
      expect(material.depthTest).toBe(false);
      expect(material.depthWrite).toBe(false);
      expect(material.transparent).toBe(true);
    }
    expect(back.renderOrder).toBeLessThan(button.renderOrder);
    expect(button.renderOrder).toBeLessThan(text.renderOrder);
    // Above the teleport arc (9000), below the comfort fade (10000), which must still cover it.
    expect(back.renderOrder).toBeGreaterThan(9_000);
    expect(text.renderOrder).toBeLessThan(10_000);
  });
});
