import type { Vector3 } from 'three';
import { FACE } from './head-shape';
import type { Expression } from './part';

/** Which part of the face a vertex belongs to: the lids and lips move differently from skin. */
export type FaceRegion = 'skin' | 'upperLip' | 'lowerLip' | 'brow' | 'lid' | 'nose';

const bump = (x: number, y: number, cx: number, cy: number, sx: number, sy: number) => Math.exp(-(((x - cx) / sx) ** 2) - ((y - cy) / sy) ** 2);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How a vertex of the face moves for an expression at full strength, head-local and in units of
 * the head's height (the caller scales). `p` is the vertex at rest, head-local. Blink is left to
 * the lids, which know their own sweep.
 */
export function faceDelta(expression: Expression, p: Vector3, region: FaceRegion, out: Vector3): Vector3 {
  out.set(0, 0, 0);
  const ax = Math.abs(p.x);
  const sx = Math.sign(p.x);
  const front = clamp01(p.z / 0.25);
  if (region === 'lid' || front === 0) return out;
  const corner = bump(ax, p.y, 0.095, FACE.mouth, 0.05, 0.05);
  switch (expression) {
    case 'smile': {
      const cheek = bump(ax, p.y, 0.16, 0.33, 0.06, 0.06);
      out.set(sx * 0.014 * corner, 0.026 * corner + 0.012 * cheek, -0.008 * corner + 0.008 * cheek);
      // The middle of the lower lip stretches a little wider and thinner.
      if (region === 'lowerLip') out.y += 0.006 * (1 - corner);
      break;
    }
    case 'sorrow': {
      const inner = bump(ax, p.y, 0.05, FACE.brows, 0.05, 0.05);
      const outer = bump(ax, p.y, 0.2, FACE.brows, 0.05, 0.05);
      out.set(-sx * 0.006 * inner, -0.02 * corner + 0.024 * inner - 0.008 * outer, 0);
      if (region === 'lowerLip') out.y -= 0.006;
      break;
    }
    case 'surprise': {
      const brow = bump(ax, p.y, 0.13, FACE.brows + 0.02, 0.14, 0.07);
      out.set(0, 0.03 * brow, 0);
      const jaw = p.y < FACE.mouth ? clamp01((FACE.mouth - p.y) / 0.03) : 0;
      out.y -= 0.035 * jaw * front;
      break;
    }
    case 'mouthOpen': {
      const below = region === 'lowerLip' ? 1 : region === 'upperLip' ? 0 : p.y < FACE.mouth - 0.005 ? clamp01((FACE.mouth - p.y) / 0.03) : 0;
      const width = clamp01(1.3 - ax / 0.28);
      out.set(0, -0.055 * below * front * width, -0.012 * below * front * width);
      break;
    }
    case 'blink':
      break;
  }
  return out;
}
