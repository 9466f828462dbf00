import type { VoiceKind } from '../../audio/voice';
import { CROWD } from './config';

/** Voices made for the crowd (re-triggered in turn), and how often one of them speaks up. */
export const VOICE_POOL = 7;
export const CALL_SECONDS = 0.55;

export interface CrowdCall {
  /** Scene seconds the call starts at. */
  at: number;
  kind: VoiceKind;
  seed: number;
  /** Which voice of the pool says it. */
  voice: number;
  position: [number, number, number];
}

/** A stable pseudo-random number in [0, 1) for an integer and a salt. */
function hash(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt + 0x9e3779b9, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x27d4eb2d);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/**
 * The crowd's mood at a scene time, 0 (grief) to 1 (joy): it swings slowly, so that for a while
 * crying carries, then laughter and children's delight as people are freed.
 */
export function crowdMood(seconds: number): number {
  return 0.5 + 0.35 * Math.sin((2 * Math.PI * seconds) / 47) + 0.15 * Math.sin((2 * Math.PI * seconds) / 19 + 1);
}

/** How likely each kind of call is at a mood. */
export function kindWeights(mood: number): Record<VoiceKind, number> {
  return { murmur: 0.3, laugh: 0.05 + 0.3 * mood, delight: 0.02 + 0.14 * mood, cry: 0.05 + 0.3 * (1 - mood), scream: 0.07 };
}

function pickKind(weights: Record<VoiceKind, number>, r: number): VoiceKind {
  const kinds = Object.keys(weights) as VoiceKind[];
  const total = kinds.reduce((sum, k) => sum + weights[k], 0);
  let x = r * total;
  for (const k of kinds) {
    x -= weights[k];
    if (x < 0) return k;
  }
  return 'murmur';
}

/**
 * The call in slot `slot` (every CALL_SECONDS), or null for a breath of quiet. Most come from
 * the near crowd, fewer from deeper in it; the flying children call from above it.
 */
export function crowdCallAt(slot: number): CrowdCall | null {
  if (hash(slot, 1) < 0.1) return null;
  const at = slot * CALL_SECONDS + 0.3 * hash(slot, 2);
  const kind = pickKind(kindWeights(crowdMood(at)), hash(slot, 3));
  const depth = hash(slot, 4) ** 2;
  const z = CROWD.nearZ + 1 + depth * 50;
  const x = (hash(slot, 5) * 2 - 1) * CROWD.halfWidth * (0.5 + 0.5 * depth);
  const y = kind === 'delight' ? 4 + 8 * hash(slot, 6) : 1.6;
  return { at, kind, seed: Math.floor(hash(slot, 7) * 1e6), voice: slot % VOICE_POOL, position: [x, y, z] };
}

/** The first slot at or after a scene time. */
export function slotAt(seconds: number): number {
  return Math.max(0, Math.ceil(seconds / CALL_SECONDS));
}
