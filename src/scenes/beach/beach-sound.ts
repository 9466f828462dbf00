import type { Point } from '../../audio/voice';
import { WAVE_PERIOD } from './layout';

/** A loop of white noise, deterministic, its ends faded into each other. */
export function createNoiseBuffer(context: BaseAudioContext, seconds: number, seed: number): AudioBuffer {
  const buffer = context.createBuffer(1, Math.floor(context.sampleRate * seconds), context.sampleRate);
  const data = buffer.getChannelData(0);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < data.length; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data[i] = (state / 0xffffffff) * 2 - 1;
  }
  const fade = Math.min(4096, data.length >> 2);
  for (let i = 0; i < fade; i += 1) {
    const k = data.length - fade + i;
    data[k] = data[k]! * (1 - i / fade) + data[i]! * (i / fade);
  }
  return buffer;
}

/** Where in its period a wave breaks: just before the water's highest reach (a quarter period). */
export const BREAK_PHASE = 0.2;

export interface Surf {
  /** The wave rising and curling toward the shore: a growing low roar. */
  build: number;
  /** The break: a heavy, broadband crash, sharp on its attack. */
  crash: number;
  /** The foam racing up the sand: hiss above 2 kHz, fading as the wash spends itself. */
  foam: number;
  /** The backwash drawing down through the sand: a thinner, fizzing hiss. */
  drawback: number;
}

/**
 * The surf at a scene time, each part 0 to 1: one wave per WAVE_PERIOD, in step with the water's
 * level in the sea shader (highest reach at a quarter period). Pure; the sound only follows it.
 */
export function surfAt(seconds: number, out: Surf = { build: 0, crash: 0, foam: 0, drawback: 0 }): Surf {
  const phase = (((seconds / WAVE_PERIOD) % 1) + 1) % 1;
  // Time since the break, in periods (0 to 1), and time until the next.
  const since = (((phase - BREAK_PHASE) % 1) + 1) % 1;
  const until = 1 - since;
  out.build = until < 0.45 ? (1 - until / 0.45) ** 2 : 0;
  out.crash = Math.exp(-since / 0.07) * Math.min(1, since / 0.008 + 0.2);
  out.foam = since < 0.5 ? Math.min(1, since / 0.03) * Math.exp(-since / 0.16) : 0;
  out.drawback = Math.exp(-(((since - 0.38) / 0.12) ** 2));
  return out;
}

/**
 * A herring gull's call: a few "kee-ow"s, each a glide up then down, the first the longest.
 * `answer` is the other gull's reply: lower, fewer notes. Contours for a pitched voice.
 */
export function gullCall(answer: boolean, seed: number): { f0: Point[]; amp: Point[]; duration: number } {
  const calls = answer ? 2 : 3 + (seed % 2);
  const pitch = (answer ? 0.86 : 1) * (0.95 + 0.1 * ((seed * 0.618) % 1));
  const f0: Point[] = [];
  const amp: Point[] = [];
  let t = 0;
  for (let i = 0; i < calls; i += 1) {
    const length = i === 0 ? 0.42 : 0.3;
    f0.push([t, 1150 * pitch], [t + 0.07, 2100 * pitch], [t + length, 980 * pitch]);
    amp.push([t, 0], [t + 0.03, 1], [t + length * 0.6, 0.5], [t + length, 0]);
    t += length + 0.12;
  }
  return { f0, amp, duration: t };
}

/** Which gull call is due: the cries come every `period` seconds after the beach appears. */
export function gullCycle(sincePainted: number, period = 9, first = 2.5): number {
  return sincePainted < first ? -1 : Math.floor((sincePainted - first) / period);
}
