/** Player settings: what the settings panel edits and what persists. */
export interface Settings {
  /** Master volume, 0 to 1. */
  volume: number;
  subtitles: boolean;
  subtitleSize: SubtitleSize;
  /** Lights breathe slowly instead of flickering. */
  reduceFlashing: boolean;
  /** No camera sway, fades instead of flights. On by default when the system asks for it. */
  reduceMotion: boolean;
  /** Multiplier on mouse look, 0.2 to 3. */
  mouseSensitivity: number;
  invertLook: boolean;
}

export const SUBTITLE_SIZES = ['small', 'medium', 'large'] as const;
export type SubtitleSize = (typeof SUBTITLE_SIZES)[number];

export function defaultSettings(prefersReducedMotion = false): Settings {
  return {
    volume: 0.7,
    subtitles: true,
    subtitleSize: 'medium',
    reduceFlashing: false,
    reduceMotion: prefersReducedMotion,
    mouseSensitivity: 1,
    invertLook: false,
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Keeps what is valid in `raw`, fills the rest from `fallback`. Never throws. */
export function sanitizeSettings(raw: unknown, fallback: Settings): Settings {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as Record<string, unknown>;
  const bool = (key: keyof Settings) => (typeof r[key] === 'boolean' ? (r[key] as boolean) : (fallback[key] as boolean));
  return {
    volume: isNumber(r.volume) ? clamp(r.volume, 0, 1) : fallback.volume,
    subtitles: bool('subtitles'),
    subtitleSize: SUBTITLE_SIZES.includes(r.subtitleSize as SubtitleSize) ? (r.subtitleSize as SubtitleSize) : fallback.subtitleSize,
    reduceFlashing: bool('reduceFlashing'),
    reduceMotion: bool('reduceMotion'),
    mouseSensitivity: isNumber(r.mouseSensitivity) ? clamp(r.mouseSensitivity, 0.2, 3) : fallback.mouseSensitivity,
    invertLook: bool('invertLook'),
  };
}
