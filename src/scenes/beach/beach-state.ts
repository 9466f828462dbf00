import { Vector2 } from 'three';

/** Uniforms every beach material shares: one write moves the sea, the grass and the reveal. */
export interface BeachUniforms {
  uTime: { value: number };
  /** 0 white, 1 the beach painted all the way to the horizon. */
  uReveal: { value: number };
  /** Where the painting spreads from: where Neo stood when he wanted it. */
  uOrigin: { value: Vector2 };
}

/** Where Smith stands once he has touched Neo's arm, and which way he faces. */
export interface SmithPlace {
  x: number;
  z: number;
  facing: number;
}

/**
 * The beach's per-frame state, outside React and the store: the director writes the scene
 * times cues were taken; the parts read them every frame. A time of -100 means "long done"
 * (the scene mounted after the cue, from a deep link or a reload).
 */
export interface BeachState {
  uniforms: BeachUniforms;
  paintedAt: number | null;
  smithAt: number | null;
  smith: SmithPlace;
  glassesOffAt: number | null;
  whisperAt: number | null;
}

export function createBeachState(): BeachState {
  return {
    uniforms: { uTime: { value: 0 }, uReveal: { value: 0 }, uOrigin: { value: new Vector2(0, 4) } },
    paintedAt: null,
    smithAt: null,
    smith: { x: 0, z: 0, facing: 0 },
    glassesOffAt: null,
    whisperAt: null,
  };
}

/** 0 to 1 over `seconds` after a scene time, eased in and out; 0 when it has not happened. */
export function sinceCue(at: number | null, now: number, seconds: number): number {
  if (at === null) return 0;
  const x = Math.min(1, Math.max(0, (now - at) / seconds));
  return x * x * (3 - 2 * x);
}
