import { mergeVertices } from 'three/addons/utils/BufferGeometryUtils.js';
import { finish, type HeadFrame } from './head-geometry';
import { headPoint } from './head-shape';
import { mix, rgb, type Palette } from './palette';
import type { Part } from './part';
import { band } from './sweep';

export type HairStyle = 'slicked' | 'plastered' | 'long';

/** Hair: a shell over the skull from a hairline back, slicked close, or falling to the shoulders. */
export function hairParts(palette: Palette, frame: HeadFrame, style: HairStyle): Part[] {
  const color = rgb(palette.hair);
  const fringe = style === 'plastered' ? 0.7 : 0.8;
  const hairline = (a: number) => {
    const s = Math.sin(a);
    return s > 0 ? 0.55 + (fringe - 0.55) * s * s : 0.55 - 0.33 * s * s;
  };
  const lift = style === 'slicked' ? 0.035 : 0.02;
  const shell = mergeVertices(
    band(
      16,
      40,
      (u, v, out) => {
        const a = v * Math.PI * 2;
        if (u === 1) return out.set(0, 1 + (0.015 + lift) * 0.6, -0.01);
        const t = hairline(a) + (0.995 - hairline(a)) * u;
        headPoint(t, a, out, frame.youth ?? 0);
        const grow = (0.015 + lift * u) * (1 + 0.3 * Math.max(0, -Math.sin(a)));
        return out.set(out.x * (1 + grow / 0.3), out.y + grow * 0.6, out.z + Math.sign(out.z) * grow);
      },
      (p) => mix(color, [0.3, 0.27, 0.24], 0.12 * Math.max(0, p.y - 0.85) * 4),
    ),
  );
  const parts = [finish(shell, 'skin', frame, ['head'])];
  if (style === 'long') {
    const curtain = band(
      10,
      20,
      (u, v, out) => {
        const a = Math.PI * (1.0 + 1.1 * (v - 0.5)) + Math.PI / 2;
        const t = 0.6 - 1.1 * u;
        headPoint(Math.max(t, 0.25), a, out);
        return out.set(out.x * 1.12, t, out.z * 1.1 - 0.02 - 0.04 * u);
      },
      () => color,
      false,
    );
    parts.push({ ...finish(curtain, 'skin', frame, ['head', 'neck', 'chest']), softness: 0.06 });
  }
  for (const part of parts) delete part.morphs;
  return parts;
}
