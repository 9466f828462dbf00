import type { KeyAction, KeyMap } from './key-map';

/** The kinds of device a person can play with; the one used last names the controls in hints. */
export const INPUT_DEVICES = ['keyboard', 'mouse', 'touch', 'gamepad'] as const;
export type InputDevice = (typeof INPUT_DEVICES)[number];

const NAMED_CODES: Record<string, string> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Num Enter',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ShiftLeft: 'Shift',
  ShiftRight: 'Shift',
  ControlLeft: 'Ctrl',
  ControlRight: 'Ctrl',
  AltLeft: 'Alt',
  AltRight: 'Alt',
  Backspace: 'Backspace',
};

/** How a key is written on its cap: `KeyE` -> "E", `Digit1` -> "1", `Numpad1` -> "Num 1", `ArrowUp` -> "↑". */
export function keyLabel(code: string): string {
  if (NAMED_CODES[code]) return NAMED_CODES[code];
  const numpad = /^Numpad(.+)$/.exec(code);
  if (numpad) return `Num ${numpad[1]}`;
  const match = /^(?:Key|Digit)(.+)$/.exec(code);
  return match ? match[1]! : code;
}

/** The gamepad's button for each thing a hint names (the standard mapping's face buttons). */
const PAD_LABELS: Partial<Record<KeyAction, string>> = {
  'read-on': '(A)',
  act: '(A)',
  'tour-pause': 'Start',
  'tour-previous': 'D-pad ←',
  'tour-next': 'D-pad →',
  describe: '(Y)',
};

/**
 * What a hint calls the control for `action` on the device used last: "Space", "E", "tap",
 * "(A)". A mouse goes with a keyboard, so it is named by the keys. Null when the device has nothing worth naming: a choice is tapped where it is
 * written, or reached with the d-pad and taken with (A).
 */
export function controlLabel(action: KeyAction, device: InputDevice, map: KeyMap): string | null {
  if (device === 'touch') return action === 'read-on' || action === 'act' ? 'tap' : null;
  if (device === 'gamepad') return PAD_LABELS[action] ?? null;
  const code = map[action][0];
  return code ? keyLabel(code) : null;
}
