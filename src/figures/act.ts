import type { Vector3 } from 'three';
import { blinkAt, lookToward, poseFigure, speechAt, type Layer } from './drive';
import { setExpression, type Figure } from './figure';

/** What a figure is doing this frame: its clips, where it looks, what its face shows. */
export interface Acting {
  layers: Layer[];
  /** The point it looks toward (world) and how much (0 to 1). */
  target: Vector3;
  look: number;
  speaking: boolean;
  smile: number;
  sorrow: number;
  surprise: number;
}

export function createActing(): Acting {
  return { layers: [], target: null as unknown as Vector3, look: 0, speaking: false, smile: 0, sorrow: 0, surprise: 0 };
}

/**
 * One frame of a figure at scene time `t`: the clips pose the body, the head and eyes find the
 * target, the face blinks, and the mouth moves while the figure's line is shown. `eyes` is the
 * eyes' height above the head bone.
 */
export function act(figure: Figure, acting: Acting, t: number, eyes: number, seed = 0): void {
  poseFigure(figure, acting.layers, t);
  if (acting.look > 0) lookToward(figure, acting.target, acting.look, eyes);
  setExpression(figure, 'blink', blinkAt(t, seed));
  setExpression(figure, 'mouthOpen', acting.speaking ? speechAt(t) : 0);
  setExpression(figure, 'smile', acting.smile);
  setExpression(figure, 'sorrow', acting.sorrow);
  setExpression(figure, 'surprise', acting.surprise);
}
