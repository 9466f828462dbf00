import type { BufferGeometry } from 'three';

/** The expressions a face can make: morph targets on the skin, by name. */
export const EXPRESSIONS = ['smile', 'sorrow', 'surprise', 'blink', 'mouthOpen'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

/**
 * A piece of a figure before it is merged into its material's mesh: its geometry in the
 * figure's bind space (position, normal, color), the bones its skin follows, and its
 * expression offsets per vertex (none: it does not move with the face).
 */
export interface Part {
  geometry: BufferGeometry;
  bones: readonly string[];
  morphs?: Partial<Record<Expression, Float32Array>>;
  /** How far apart bones blend (metres); larger for soft cloth. */
  softness?: number;
}
