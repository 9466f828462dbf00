import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BODY_TYPES } from './body-types';
import { buildFigureGeometry } from './figure-geometry';
import { FACE } from './head-shape';
import { SMITH_PALETTE } from './palette';
import { EXPRESSIONS } from './part';
import { jointsOf } from './skeleton';

const geometry = buildFigureGeometry({ body: 'man', palette: SMITH_PALETTE, outfit: 'suit', hair: 'slicked' }).skin;
const h = BODY_TYPES.man.head;
const chin = jointsOf(BODY_TYPES.man).chin;
const position = geometry.getAttribute('position');

/** The mean offset an expression gives the vertices within `radius` of a point on the face (head units). */
function meanOffset(name: string, x: number, t: number, radius = 0.035): Vector3 {
  const index = EXPRESSIONS.indexOf(name as never);
  const morph = geometry.morphAttributes.position![index]!;
  const at = new Vector3(x * h, chin + t * h, 0);
  const sum = new Vector3();
  let count = 0;
  const p = new Vector3();
  for (let i = 0; i < position.count; i += 1) {
    p.fromBufferAttribute(position, i);
    if (p.z < 0.06 || Math.hypot(p.x - at.x, p.y - at.y) > radius * h) continue;
    sum.add(new Vector3().fromBufferAttribute(morph, i));
    count += 1;
  }
  expect(count).toBeGreaterThan(3);
  return sum.divideScalar(count);
}

describe('expressions', () => {
  it('are morph targets on the skin, by name, as offsets', () => {
    expect(geometry.morphTargetsRelative).toBe(true);
    expect(geometry.morphAttributes.position!.map((a) => a.name)).toEqual([...EXPRESSIONS]);
  });

  it('smile: the mouth corners go up (and out), the middle of the mouth barely moves', () => {
    for (const side of [1, -1]) {
      const corner = meanOffset('smile', side * 0.095, FACE.mouth);
      expect(corner.y).toBeGreaterThan(0.003);
      expect(corner.x * side).toBeGreaterThan(0);
    }
    expect(Math.abs(meanOffset('smile', 0, FACE.mouth + 0.02, 0.02).y)).toBeLessThan(0.003);
  });

  it('sorrow: the corners go down and the inner brows up', () => {
    expect(meanOffset('sorrow', 0.095, FACE.mouth).y).toBeLessThan(-0.002);
    expect(meanOffset('sorrow', 0.05, FACE.brows).y).toBeGreaterThan(0.002);
  });

  it('mouthOpen drops the lower lip and chin, not the upper lip', () => {
    expect(meanOffset('mouthOpen', 0, FACE.mouth - 0.06).y).toBeLessThan(-0.005);
    expect(Math.abs(meanOffset('mouthOpen', 0, FACE.mouth + 0.06, 0.02).y)).toBeLessThan(0.001);
  });

  it('blink: the upper lids come down over the eyes', () => {
    const index = EXPRESSIONS.indexOf('blink');
    const morph = geometry.morphAttributes.position![index]!;
    let down = 0;
    for (let i = 0; i < morph.count; i += 1) if (morph.getY(i) < -0.005) down += 1;
    expect(down).toBeGreaterThan(20);
  });
});
