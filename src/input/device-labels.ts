import { t, type UiKey } from '../i18n/ui-text';
import type { KeyAction, KeyMap } from './key-map';

/** The kinds of device a person can play with; the one used last names the controls in hints. */
export const INPUT_DEVICES = ['keyboard', 'mouse', 'touch', 'gamepad'] as const;
export type InputDevice = (typeof INPUT_DEVICES)[number];

/** Keys named in words, in the interface's language ("Espace", "Leertaste"). */
const WORD_CODES: Record<string, UiKey> = {
  Space: 'key.space',
  Enter: 'key.enter',
  NumpadEnter: 'key.numpadEnter',
  Backspace: 'key.backspace',
  ControlLeft: 'key.ctrl',
  ControlRight: 'key.ctrl',
};

/** Keys named by a sign or a name that reads the same in every language Salvage has. */
const NAMED_CODES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ShiftLeft: 'Shift',
  ShiftRight: 'Shift',
  AltLeft: 'Alt',
  AltRight: 'Alt',
};

/** How a key is written on its cap: `KeyE` -> "E", `Digit1` -> "1", `Numpad1` -> "Num 1", `ArrowUp` -> "↑". */
export function keyLabel(code: string): string {
  const word = WORD_CODES[code];
  if (word) return t(word);
  if (NAMED_CODES[code]) return NAMED_CODES[code];
  const numpad = /^Numpad(.+)$/.exec(code);
  if (numpad) return t('key.numpad', { key: numpad[1]! });
  const match = /^(?:Key|Digit)(.+)$/.exec(code);
  return match ? match[1]! : code;
}

/** The gamepad's button for each thing a hint names (the standard mapping's face buttons). */
const PAD_LABELS: Partial<Record<KeyAction, string | UiKey>> = {
  'read-on': '(A)',
  act: '(A)',
  'tour-pause': 'pad.start',
  'tour-previous': 'pad.dpadLeft',
  'tour-next': 'pad.dpadRight',
  describe: '(Y)',
};
const padLabel = (label: string | undefined) => (label === undefined ? null : label.startsWith('pad.') ? t(label as UiKey) : label);

/**
 * What a hint calls the control for `action` on the device used last: "Space", "E", "tap",
 * "(A)". A mouse goes with a keyboard, so it is named by the keys. Null when the device has nothing worth naming: a choice is tapped where it is
 * written, or reached with the d-pad and taken with (A).
 */
export function controlLabel(action: KeyAction, device: InputDevice, map: KeyMap): string | null {
  if (device === 'touch') return action === 'read-on' || action === 'act' ? t('key.tap') : null;
  if (device === 'gamepad') return padLabel(PAD_LABELS[action]);
  const code = map[action][0];
  return code ? keyLabel(code) : null;
}
