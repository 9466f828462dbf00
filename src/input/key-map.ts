/**
 * The keyboard's bindings: which keys (by `event.code`, so the keyboard's layout does not matter)
 * ask for which action. Remappable in Settings and saved with them; Esc is the browser's own way
 * out of pointer lock and of menus, so it is not remappable.
 */
export const KEY_ACTIONS = [
  'forward',
  'back',
  'left',
  'right',
  'turn-left',
  'turn-right',
  'read-on',
  'act',
  'choose-1',
  'choose-2',
  'choose-3',
  'tour-pause',
  'tour-previous',
  'tour-next',
  'describe',
] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];
export type KeyMap = Record<KeyAction, readonly string[]>;

export const DEFAULT_KEY_MAP: KeyMap = {
  forward: ['KeyW', 'ArrowUp'],
  back: ['KeyS', 'ArrowDown'],
  left: ['KeyA'],
  right: ['KeyD'],
  'turn-left': ['ArrowLeft'],
  'turn-right': ['ArrowRight'],
  'read-on': ['Space', 'Enter', 'NumpadEnter'],
  act: ['KeyE'],
  'choose-1': ['Digit1', 'Numpad1'],
  'choose-2': ['Digit2', 'Numpad2'],
  'choose-3': ['Digit3', 'Numpad3'],
  'tour-pause': ['Space'],
  'tour-previous': ['ArrowLeft'],
  'tour-next': ['ArrowRight'],
  describe: ['KeyQ'],
};

/**
 * Actions that are asked for in the same moment, so must not share a key. The tour's keys live
 * in another moment: there lines read on by themselves and the tour's keys come first, so Space
 * may read on in a walk and pause the tour.
 */
const KEY_GROUPS: readonly (readonly KeyAction[])[] = [
  ['forward', 'back', 'left', 'right', 'turn-left', 'turn-right', 'read-on', 'act', 'choose-1', 'choose-2', 'choose-3', 'describe'],
  ['tour-pause', 'tour-previous', 'tour-next', 'choose-1', 'choose-2', 'choose-3', 'describe'],
];

/** Keys a binding may never take: Esc belongs to the browser and the menus, Tab to focus. */
const RESERVED = new Set(['Escape', 'Tab']);
const CODE = /^[A-Za-z][A-Za-z0-9]{1,24}$/;

export function isBindableCode(code: string): boolean {
  return CODE.test(code) && !RESERVED.has(code);
}

/** The action a key asks for among `actions` (the first that binds it), or null. */
export function actionForKey(map: KeyMap, code: string, actions: readonly KeyAction[] = KEY_ACTIONS): KeyAction | null {
  return actions.find((action) => map[action].includes(code)) ?? null;
}

/**
 * Binds `code` as the first key of `action`, in place of the first it had (a second key, such as
 * the arrow beside W, stays). The key leaves any action it would clash with
 * (one asked for in the same moment); an action left with no key gets its default keys back
 * where they are free, so nothing becomes unreachable.
 */
export function rebind(map: KeyMap, action: KeyAction, code: string): KeyMap {
  if (!isBindableCode(code)) return map;
  const next = { ...map } as Record<KeyAction, readonly string[]>;
  const rivals = new Set(KEY_GROUPS.filter((g) => g.includes(action)).flat());
  rivals.delete(action);
  for (const rival of rivals) next[rival] = next[rival].filter((c) => c !== code);
  next[action] = [code, ...map[action].slice(1).filter((c) => c !== code)];
  for (const rival of rivals) {
    if (next[rival].length) continue;
    const taken = new Set(
      KEY_GROUPS.filter((g) => g.includes(rival))
        .flat()
        .filter((a) => a !== rival)
        .flatMap((a) => next[a]),
    );
    next[rival] = freeKeysFor(rival, taken);
  }
  return next;
}

/** Keys nothing uses by default: an action whose own keys are all taken gets the first free one. */
const SPARE_KEYS = ['KeyG', 'KeyZ', 'KeyX', 'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM'];

/** The action's default keys that are not `taken`; if none is free, a spare key that is. */
export function freeKeysFor(action: KeyAction, taken: ReadonlySet<string>): string[] {
  const own = DEFAULT_KEY_MAP[action].filter((c) => !taken.has(c));
  if (own.length) return own;
  const spare = SPARE_KEYS.find((c) => !taken.has(c));
  return spare ? [spare] : [];
}

/** Every action bound, every key a real code, no clash within a moment. */
export function isValidKeyMap(raw: unknown): raw is KeyMap {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const keysOk = KEY_ACTIONS.every((a) => Array.isArray(r[a]) && (r[a] as unknown[]).length > 0 && (r[a] as unknown[]).every((c) => typeof c === 'string' && isBindableCode(c)));
  if (!keysOk || Object.keys(r).some((k) => !KEY_ACTIONS.includes(k as KeyAction))) return false;
  const map = r as KeyMap;
  return KEY_GROUPS.every((group) => {
    const codes = group.flatMap((a) => map[a]);
    return new Set(codes).size === codes.length;
  });
}
