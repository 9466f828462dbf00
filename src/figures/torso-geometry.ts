import { Vector3 } from 'three';
import type { BodyType } from './body-types';
import { profile } from './head-shape';
import { mix, rgb, type Palette } from './palette';
import type { Part } from './part';
import { curveRings, limbRings, sweep, type Ring } from './sweep';
import { jointsOf } from './skeleton';

export type Outfit = 'suit' | 'coat' | 'shirt';

// The torso of a grown man's jacket from below the hips (f = -0.4) to the base of the neck
// (f = 1), in steps of 0.1: half width and half depth in metres, and the centre's forward shift.
const F0 = -1.1;
const WIDTH = [0.22, 0.215, 0.21, 0.205, 0.2, 0.195, 0.19, 0.185, 0.18, 0.178, 0.176, 0.172, 0.166, 0.16, 0.158, 0.163, 0.175, 0.186, 0.198, 0.21, 0.208, 0.11];
const DEPTH = [0.15, 0.145, 0.14, 0.135, 0.13, 0.126, 0.123, 0.122, 0.124, 0.125, 0.126, 0.122, 0.117, 0.115, 0.117, 0.122, 0.127, 0.128, 0.122, 0.112, 0.1, 0.075];
const at = (table: number[], f: number) => profile(table, (f - F0) / (1 - F0));

/** The torso's cross-section at a fraction f from the hips (0) to the neck's base (1), for this build. */
export function torsoSection(body: BodyType, f: number) {
  const top = Math.min(1, Math.max(0, (f - 0.2) / 0.5));
  const sx = (body.hips / 0.092) * (1 - top) + (body.shoulders / 0.19) * top;
  // A woman's waist in, her hips out: shaped around f = 0.3 and f = 0.
  const waist = body.waist > 1 ? 1 - (body.waist - 1) * 0.5 * Math.exp(-(((f - 0.35) / 0.18) ** 2)) + (body.waist - 1) * 0.4 * Math.exp(-(((f + 0.05) / 0.2) ** 2)) : 1;
  return { rx: at(WIDTH, f) * sx * waist, rz: at(DEPTH, f) * body.build * (body.waist > 1 ? 0.92 : 1), zc: 0.005 };
}

/** The torso's front surface at (x, y): where lapels, buttons and the tie lie. */
export function torsoFront(body: BodyType, x: number, y: number): number {
  const j = jointsOf(body);
  const { rx, rz, zc } = torsoSection(body, (y - j.hips) / (j.neckBase - j.hips));
  return zc + rz * Math.sqrt(Math.max(0, 1 - (x / rx) ** 2));
}

/** The jacket, coat or shirt over the torso, with the shirt's V, the tie and the lapels (cloth). */
export function torsoParts(body: BodyType, palette: Palette, outfit: Outfit): Part[] {
  const j = jointsOf(body);
  const span = j.neckBase - j.hips;
  const hem = outfit === 'coat' ? -1.05 : outfit === 'suit' ? -0.36 : -0.2;
  const vBottom = j.hips + span * 0.3;
  const jacket = rgb(outfit === 'shirt' ? palette.shirt : palette.jacket);
  const shirt = rgb(palette.shirt);
  const tie = rgb(palette.tie);
  const rings: Ring[] = [];
  const steps = 34;
  for (let i = 0; i <= steps; i += 1) {
    const f = hem + ((1 - hem) * i) / steps;
    const { rx, rz, zc } = torsoSection(body, f);
    rings.push({ center: new Vector3(0, j.hips + f * span, zc), rx, rz });
  }
  const vHalf = (y: number) => 0.004 + ((y - vBottom) / (j.neckBase - vBottom)) * 0.085 * (body.shoulders / 0.19);
  const cloth = sweep(rings, 40, (p, angle) => {
    if (outfit === 'shirt') return mix(shirt, [0.55, 0.6, 0.62], 0.25 * Math.max(0, Math.sin(angle * 3 + p.y * 20)));
    const front = Math.sin(angle) > 0.5;
    if (!front || p.y < vBottom) return jacket;
    const ax = Math.abs(p.x);
    if (ax < vHalf(p.y)) return outfit === 'suit' && ax < 0.016 + (p.y > j.neckBase - 0.05 ? 0.006 : 0) ? tie : shirt;
    return jacket;
  });
  const torsoBones = outfit === 'coat' ? ['hips', 'spine', 'chest', 'upLeg_L', 'upLeg_R', 'shoulder_L', 'shoulder_R'] : ['hips', 'spine', 'chest', 'shoulder_L', 'shoulder_R'];
  const parts: Part[] = [{ geometry: cloth, bones: torsoBones, softness: 0.06 }];
  if (outfit === 'shirt') return parts;

  // Lapels: flat rolls along each edge of the V, wider at the chest, notched below the collar.
  const lapel = mix(jacket, [1, 1, 1], 0.05);
  for (const sx of [1, -1]) {
    const points: Vector3[] = [];
    const widths: number[] = [];
    for (let i = 0; i <= 10; i += 1) {
      const u = i / 10;
      const y = vBottom + (j.neckBase - 0.01 - vBottom) * u;
      const width = (0.012 + 0.05 * Math.sin(Math.min(1, u * 1.15) * Math.PI * 0.85)) * (u > 0.78 && u < 0.86 ? 0.45 : 1);
      const x = sx * (vHalf(y) + width / 2);
      points.push(new Vector3(x, y, torsoFront(body, x, y) + 0.006));
      widths.push(width);
    }
    const roll = sweep(
      curveRings(points, (u) => [widths[Math.round(u * 10)]! / 2, 0.005], new Vector3(0, 0.3, 1).normalize()),
      8,
      () => lapel,
    );
    parts.push({ geometry: roll, bones: ['chest', 'spine'] });
  }
  // The shirt's collar round the neck, and the tie's knot.
  const neck = body.head * 0.245;
  const collar = sweep(
    limbRings(new Vector3(0, j.neckBase - 0.03, -0.008), new Vector3(0, j.neckBase + 0.055, -0.012), 4, () => [neck + 0.006, neck + 0.008]),
    20,
    () => shirt,
  );
  parts.push({ geometry: collar, bones: ['chest', 'neck'] });
  if (outfit === 'suit') {
    const knotY = j.neckBase - 0.005;
    const knot = sweep(
      limbRings(new Vector3(0, knotY + 0.02, torsoFront(body, 0, knotY) + 0.0), new Vector3(0, knotY - 0.03, torsoFront(body, 0, knotY - 0.03) + 0.008), 5, (u) => [
        0.02 - 0.008 * u,
        0.012,
      ]),
      10,
      () => tie,
    );
    parts.push({ geometry: knot, bones: ['chest', 'neck'] });
  }
  return parts;
}
