import { DEFAULT_LANGUAGE, parseLanguage, type Language } from '../i18n/languages';
import { DEFAULT_KEY_MAP, freeKeysFor, isValidKeyMap, KEY_ACTIONS, type KeyMap } from '../input/key-map';

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
  /** The speaker's name before each subtitle (never colour alone). */
  speakerNames: boolean;
  /** How opaque the box behind subtitles is, 0 (none) to 1. */
  subtitleBackground: number;
  /** Subtitles and descriptions in white on black, with heavier type. */
  highContrast: boolean;
  /** Captions for the sounds that carry the story, with where they come from. */
  soundCaptions: boolean;
  /** Descriptions of places and of what happens only on screen, shown with the subtitles. */
  showDescriptions: boolean;
  /** Descriptions spoken aloud with one of the device's own voices. */
  speakDescriptions: boolean;
  /** A soft ping from where the story goes next (the next place to reach, the next door). */
  soundBeacon: boolean;
  /** Rumble in a gamepad or a headset's controller when something touches Neo. */
  haptics: boolean;
  /** Ambience (rain, the crowd, the hum, the sea), 0 to 1, under the master volume. */
  ambienceVolume: number;
  /** Effects (steps, clanks, glass, gulls), 0 to 1, under the master volume. */
  effectsVolume: number;
  /** Both ears hear everything (for one ear, or one earbud). */
  mono: boolean;
  /** The language of the story and the interface. */
  language: Language;
}

export const XR_TURNS = ['snap', 'smooth'] as const;
export type XrTurn = (typeof XR_TURNS)[number];
export const SNAP_ANGLES = [30, 45, 60, 90] as const;
export type SnapAngle = (typeof SNAP_ANGLES)[number];

export const SUBTITLE_SIZES = ['small', 'medium', 'large'] as const;
export type SubtitleSize = (typeof SUBTITLE_SIZES)[number];

export function defaultSettings(prefersReducedMotion = false, language: Language = DEFAULT_LANGUAGE): Settings {
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
    speakerNames: true,
    subtitleBackground: 0.8,
    highContrast: false,
    soundCaptions: false,
    showDescriptions: false,
    speakDescriptions: false,
    soundBeacon: false,
    haptics: true,
    ambienceVolume: 1,
    effectsVolume: 1,
    mono: false,
    language,
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Keeps what is valid in `raw`, fills the rest from `fallback`. Never throws. */
export function sanitizeSettings(raw: unknown, fallback: Settings): Settings {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const r = raw as Record<string, unknown>;
  const bool = (key: keyof Settings) => (typeof r[key] === 'boolean' ? (r[key] as boolean) : (fallback[key] as boolean));
  const unit = (key: 'volume' | 'ambienceVolume' | 'effectsVolume' | 'subtitleBackground') => (isNumber(r[key]) ? clamp(r[key], 0, 1) : fallback[key]);
  const keys = withNewActions(r.keys);
  return {
    volume: unit('volume'),
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
    keys: isValidKeyMap(keys) ? keys : fallback.keys,
    gyroLook: bool('gyroLook'),
    speakerNames: bool('speakerNames'),
    subtitleBackground: unit('subtitleBackground'),
    highContrast: bool('highContrast'),
    soundCaptions: bool('soundCaptions'),
    showDescriptions: bool('showDescriptions'),
    speakDescriptions: bool('speakDescriptions'),
    soundBeacon: bool('soundBeacon'),
    haptics: bool('haptics'),
    ambienceVolume: unit('ambienceVolume'),
    effectsVolume: unit('effectsVolume'),
    mono: bool('mono'),
    language: parseLanguage(r.language) ?? fallback.language,
  };
}

/**
 * A saved key map from before an action existed lacks only that action: it gets the action's
 * default keys (unless the player gave one of them to something else), not a reset of every key.
 */
function withNewActions(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const saved = raw as Record<string, unknown>;
  const taken = new Set(Object.values(saved).flatMap((codes) => (Array.isArray(codes) ? codes : [])));
  const filled: Record<string, unknown> = { ...saved };
  for (const action of KEY_ACTIONS) {
    if (filled[action] !== undefined) continue;
    const free = freeKeysFor(action, taken);
    filled[action] = free.length ? free : DEFAULT_KEY_MAP[action];
  }
  return filled;
}

/** Saved key bindings that are there but cannot be used (the defaults stand in, with a notice). */
export function hasBadKeys(rawSettings: unknown): boolean {
  if (typeof rawSettings !== 'object' || rawSettings === null) return false;
  const keys = (rawSettings as Record<string, unknown>).keys;
  return keys !== undefined && !isValidKeyMap(withNewActions(keys));
}
