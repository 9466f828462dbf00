import { hash01 } from '../../systems/flicker';

/**
 * A fly trapped in a light, as a function of scene time: its wing-beat pitch wavers, and it
 * buzzes in bursts, knocking against the lamp, then rests. Calmer when the lamp dims; still in
 * the dark (the blackout's silence).
 */
export function flyBuzz(t: number, fly: number, lamp: number, out = { pitch: 0, level: 0 }): { pitch: number; level: number } {
  const slot = Math.floor(t / 1.3 + fly * 0.37);
  const flying = hash01(slot, 31 + fly) < 0.7 ? 1 : 0.15;
  // Knocks against the glass: quick swells a few times a second while it flies.
  const knock = 0.6 + 0.4 * Math.sin(t * (9 + 3 * fly) + fly) ** 2;
  out.pitch = (205 + 25 * fly) * (1 + 0.06 * Math.sin(t * 5.1 + fly * 2) + 0.03 * Math.sin(t * 17.3 + fly));
  out.level = flying * knock * Math.min(1, Math.max(0, (lamp - 0.05) / 0.5));
  return out;
}
