/** How a grown man, a woman and a seven-year-old are built: heights in metres, feet at 0. */
export interface BodyType {
  height: number;
  /** Chin to crown: adults about 1/7.5 of the height, a child about 1/5.5. */
  head: number;
  neck: number;
  /** Half the distance between the shoulder joints, and between the hip joints. */
  shoulders: number;
  hips: number;
  /** Hip joint height as a fraction of the height. */
  legs: number;
  upperArm: number;
  foreArm: number;
  hand: number;
  /** Girth multiplier for torso and limbs. */
  build: number;
  /** Chest vs waist shaping: 1 a man's straight torso, above 1 a woman's waist and hips. */
  waist: number;
}

export type BodyKind = 'man' | 'woman' | 'child';

export const BODY_TYPES: Record<BodyKind, BodyType> = {
  man: { height: 1.86, head: 1.86 / 7.5, neck: 0.07, shoulders: 0.19, hips: 0.092, legs: 0.51, upperArm: 0.3, foreArm: 0.27, hand: 0.19, build: 1, waist: 1 },
  woman: { height: 1.7, head: 1.7 / 7.5, neck: 0.085, shoulders: 0.165, hips: 0.095, legs: 0.52, upperArm: 0.27, foreArm: 0.245, hand: 0.17, build: 0.86, waist: 1.25 },
  child: { height: 1.22, head: 1.22 / 5.5, neck: 0.025, shoulders: 0.12, hips: 0.065, legs: 0.46, upperArm: 0.18, foreArm: 0.16, hand: 0.12, build: 0.68, waist: 1 },
};
