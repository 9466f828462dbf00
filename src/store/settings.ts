import { DEFAULT_KEY_MAP, isValidKeyMap, type KeyMap } from '../input/key-map';

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
  /** In a headset, the right stick turns in steps (snap) or smoothly. */
  xrTurn: XrTurn;
  /** Degrees per snap turn. */
  snapAngle: SnapAngle;
  /** In a headset, darken the edges of the view while the stick moves or turns the player. */
  comfortVignette: boolean;
  /** In a headset, raise the floor for someone sitting down. */
  seated: boolean;
  /** Which keys ask for what (remapped in Settings). */
  keys: KeyMap;
  /** On a phone or tablet, turning the device turns the view. Off until asked for. */
  gyroLook: boolean;
}

export const XR_TURNS = ['snap', 'smooth'] as const;
export type XrTurn = (typeof XR_TURNS)[number];
export const SNAP_ANGLES = [30, 45, 60, 90] as const;
export type SnapAngle = (typeof SNAP_ANGLES)[number];

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
    xrTurn: 'snap',
    snapAngle: 30,
    comfortVignette: true,
    seated: false,
    keys: DEFAULT_KEY_MAP,
    gyroLook: false,
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
    xrTurn: XR_TURNS.includes(r.xrTurn as XrTurn) ? (r.xrTurn as XrTurn) : fallback.xrTurn,
    snapAngle: SNAP_ANGLES.includes(r.snapAngle as SnapAngle) ? (r.snapAngle as SnapAngle) : fallback.snapAngle,
    comfortVignette: bool('comfortVignette'),
    seated: bool('seated'),
    keys: isValidKeyMap(r.keys) ? r.keys : fallback.keys,
    gyroLook: bool('gyroLook'),
  };
}

/** Saved key bindings that are there but cannot be used (the defaults stand in, with a notice). */
export function hasBadKeys(rawSettings: unknown): boolean {
  if (typeof rawSettings !== 'object' || rawSettings === null) return false;
  const keys = (rawSettings as Record<string, unknown>).keys;
  return keys !== undefined && !isValidKeyMap(keys);
}
