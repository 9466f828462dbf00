import { BufferGeometry, Float32BufferAttribute, SphereGeometry, Vector3 } from 'three';
import { mergeVertices } from 'three/addons/utils/BufferGeometryUtils.js';
import { faceDelta, type FaceRegion } from './face-morphs';
import { FACE, headFront, headPoint } from './head-shape';
import { mix, rgb, type Palette, type Rgb } from './palette';
import { EXPRESSIONS, type Expression, type Part } from './part';
import { band, curveRings, sweep } from './sweep';

/** Where a head sits and how big it is: local points are (x, t, z) * size + (0, chin, 0). */
export interface HeadFrame {
  chin: number;
  size: number;
  /** 0 a grown face, 1 a child's: bigger eyes, a small nose, round cheeks. */
  youth?: number;
}

const EYE = { x: 0.13, z: 0.318, radius: 0.056 };
const LID_TOP = 1.2;
const LID_OPEN = 0.2;
const LID_CLOSED = -0.22;
const delta = new Vector3();
const local = new Vector3();

function toFigure(geometry: BufferGeometry, frame: HeadFrame): BufferGeometry {
  return geometry.scale(frame.size, frame.size, frame.size).translate(0, frame.chin, 0);
}

/** Morph offsets (figure units) for a head-local geometry, from the face's expression rules. */
function faceMorphs(geometry: BufferGeometry, region: FaceRegion, size: number, blink?: (i: number, out: Vector3) => Vector3): Partial<Record<Expression, Float32Array>> {
  const position = geometry.getAttribute('position');
  const morphs: Partial<Record<Expression, Float32Array>> = {};
  for (const name of EXPRESSIONS) {
    const array = new Float32Array(position.count * 3);
    for (let i = 0; i < position.count; i += 1) {
      local.fromBufferAttribute(position, i);
      if (name === 'blink') {
        if (!blink) continue;
        blink(i, delta);
      } else faceDelta(name, local, region, delta);
      array.set([delta.x * size, delta.y * size, delta.z * size], i * 3);
    }
    morphs[name] = array;
  }
  return morphs;
}

/** Morphs a head-local part, then moves it onto the figure. */
export function finish(geometry: BufferGeometry, region: FaceRegion, frame: HeadFrame, bones: readonly string[], blink?: (i: number, out: Vector3) => Vector3): Part {
  const morphs = faceMorphs(geometry, region, frame.size, blink);
  toFigure(geometry, frame);
  geometry.computeVertexNormals();
  return { geometry, bones, morphs };
}

/** The head's skin: the skull and face, nose, ears, lips, brows and lids (one skin material, painted). */
export function headSkinParts(palette: Palette, frame: HeadFrame): Part[] {
  const youth = frame.youth ?? 0;
  const eyeRadius = EYE.radius * (1 + 0.22 * youth);
  const noseOut = 1 - 0.45 * youth;
  const skin = rgb(palette.skin);
  const lips = rgb(palette.lips);
  const mouth: Rgb = [0.08, 0.03, 0.03];
  const head = mergeVertices(
    band(
      44,
      48,
      (u, v, out) => (u === 0 ? out.set(0, 0.0, 0.1) : u === 1 ? out.set(0, 1, -0.01) : headPoint(u, v * Math.PI * 2, out, youth)),
      (p) => {
        const slit = Math.exp(-(((p.y - FACE.mouth) / 0.008) ** 2)) * (Math.abs(p.x) < 0.085 && p.z > 0.2 ? 1 : 0);
        const blush = Math.exp(-(((Math.abs(p.x) - 0.17) / 0.07) ** 2) - ((p.y - 0.33) / 0.07) ** 2);
        return mix(mix(skin, mix(skin, lips, 0.5), 0.25 * blush), mouth, slit);
      },
    ),
  );
  const parts: Part[] = [finish(head, 'skin', frame, ['head'])];

  // The nose: from the bridge between the eyes out to the tip and under.
  const surface = (t: number) => headFront(t);
  const nosePoints = [
    new Vector3(0, 0.52, surface(0.52) - 0.04),
    new Vector3(0, 0.44, surface(0.44) + 0.03 * noseOut),
    new Vector3(0, 0.36 + 0.02 * youth, surface(0.36) + 0.065 * noseOut),
    new Vector3(0, 0.318 + 0.02 * youth, surface(0.318) + 0.05 * noseOut),
    new Vector3(0, 0.305 + 0.02 * youth, surface(0.305) + 0.012),
  ];
  const noseRadii = [
    [0.028, 0.03],
    [0.03, 0.03],
    [0.045, 0.035],
    [0.055, 0.028],
    [0.035, 0.02],
  ] as const;
  const nose = sweep(
    curveRings(nosePoints, (u) => [...noseRadii[Math.round(u * 4)]!] as [number, number], new Vector3(0, 0, 1)),
    12,
    () => skin,
  );
  parts.push(finish(nose, 'nose', frame, ['head']));

  // Lips: two soft rolls that meet at the corners.
  for (const [region, dy, thick] of [
    ['upperLip', 0.014, 0.014],
    ['lowerLip', -0.016, 0.019],
  ] as const) {
    const points: Vector3[] = [];
    for (let i = 0; i <= 10; i += 1) {
      const x = -0.1 + (i / 10) * 0.2;
      const a = Math.PI / 2 - x / 0.34;
      const p = headPoint(FACE.mouth, a, new Vector3());
      points.push(new Vector3(x, FACE.mouth + dy * (1 - (x / 0.1) ** 2) ** 0.5, p.z + 0.004));
    }
    const lip = sweep(
      curveRings(
        points,
        (u) => {
          const k = Math.sin(u * Math.PI) ** 0.6;
          return [thick * k + 0.002, 0.012 * k + 0.002];
        },
        new Vector3(0, 0, 1),
      ),
      8,
      () => lips,
    );
    parts.push(finish(lip, region, frame, ['head']));
  }

  // Brows: a short arch above each eye, in the hair's colour.
  const brow = rgb(palette.brows);
  for (const sx of [1, -1]) {
    const points: Vector3[] = [];
    for (let i = 0; i <= 6; i += 1) {
      const x = sx * (0.045 + (i / 6) * 0.15);
      const t = FACE.brows + 0.02 * Math.sin((i / 6) * Math.PI * 0.9) - 0.01 * (i / 6);
      const p = headPoint(t, Math.acos(Math.max(-1, Math.min(1, x / 0.3))), new Vector3());
      points.push(new Vector3(x, t, p.z + 0.01));
    }
    const arch = sweep(
      curveRings(points, (u) => [0.012 * (1 - 0.5 * u) + 0.004, 0.008], new Vector3(0, 0, 1)),
      6,
      () => brow,
    );
    parts.push(finish(arch, 'brow', frame, ['head']));
  }

  // Lids: shells over each eyeball; the upper one sweeps down over the eye to blink.
  for (const sx of [1, -1]) {
    const center = new Vector3(sx * EYE.x, FACE.eyes, EYE.z);
    const r = eyeRadius * 1.1;
    const upper = (_u: number, v: number, el: number, out: Vector3) => {
      const az = (v - 0.5) * 2.4;
      return out.set(center.x + r * Math.sin(az) * Math.cos(el), center.y + r * Math.sin(el), center.z + r * Math.cos(az) * Math.cos(el));
    };
    const rows = 5;
    const cols = 10;
    const lid = band(
      rows,
      cols,
      (u, v, out) => upper(u, v, LID_TOP + (LID_OPEN - LID_TOP) * u, out),
      (_p, u) => mix(skin, [0.55, 0.38, 0.34], 0.35 * u),
      false,
    );
    const at = (i: number) => ({ u: Math.floor(i / (cols + 1)) / rows, v: (i % (cols + 1)) / cols });
    const closed = new Vector3();
    const open = new Vector3();
    parts.push(
      finish(lid, 'lid', frame, ['head'], (i, out) => {
        const { u, v } = at(i);
        upper(u, v, LID_TOP + (LID_CLOSED - LID_TOP) * u, closed);
        upper(u, v, LID_TOP + (LID_OPEN - LID_TOP) * u, open);
        return out.subVectors(closed, open);
      }),
    );
    const lower = band(
      3,
      cols,
      (u, v, out) => upper(0, v, -0.28 - 0.7 * u, out),
      () => skin,
      false,
    );
    parts.push(finish(lower, 'lid', frame, ['head']));
  }

  // Ears: flattened, tilted shells at the sides, at the height of the eyes and nose.
  for (const sx of [1, -1]) {
    const ear = new SphereGeometry(1, 10, 8);
    ear.deleteAttribute('uv');
    ear
      .scale(0.035, 0.14, 0.085)
      .rotateX(-0.15)
      .rotateY(sx * 0.35)
      .translate(sx * 0.29, 0.42, -0.04);
    ear.setAttribute(
      'color',
      new Float32BufferAttribute(
        new Array(ear.getAttribute('position').count).fill(0).flatMap(() => [...mix(skin, lips, 0.15)]),
        3,
      ),
    );
    parts.push(finish(ear, 'skin', frame, ['head']));
  }
  return parts;
}

/** The eyeballs: whites, irises and pupils, each turning with its own bone to look. */
export function eyeParts(palette: Palette, frame: HeadFrame): Part[] {
  const radius = EYE.radius * (1 + 0.22 * (frame.youth ?? 0));
  const white = rgb('#e8e6df');
  const iris = rgb(palette.iris);
  const pupil: Rgb = [0.01, 0.01, 0.012];
  return [1, -1].map((sx) => {
    const eye = new SphereGeometry(radius, 16, 12).rotateX(Math.PI / 2);
    eye.deleteAttribute('uv');
    const position = eye.getAttribute('position');
    const colors: number[] = [];
    for (let i = 0; i < position.count; i += 1) {
      const z = position.getZ(i) / radius;
      colors.push(...(z > 0.96 ? pupil : z > 0.86 ? mix(iris, pupil, z > 0.93 ? 0.5 : 0) : white));
    }
    eye.setAttribute('color', new Float32BufferAttribute(colors, 3));
    eye.translate(sx * EYE.x, FACE.eyes, EYE.z);
    toFigure(eye, frame);
    return { geometry: eye, bones: [sx > 0 ? 'eye_L' : 'eye_R'] };
  });
}

export { EYE };
