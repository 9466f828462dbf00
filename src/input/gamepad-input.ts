import type { Controls } from './controls';
import type { Intent } from './intents';

/** Buttons of the Gamepad API's standard mapping that Salvage reads. */
export const PAD = { A: 0, B: 1, Y: 3, LB: 4, RB: 5, START: 9, UP: 12, DOWN: 13, LEFT: 14, RIGHT: 15 } as const;
/** Stick travel ignored around the centre: worn sticks rest a little off it. */
export const DEAD_ZONE = 0.2;

/** The part of a pad that Salvage reads; a real `Gamepad` is one. */
export interface PadLike {
  readonly connected: boolean;
  readonly mapping: string;
  readonly axes: readonly number[];
  readonly buttons: readonly { readonly pressed: boolean }[];
}

/** Rescales past the dead zone, so the stick still reaches 1 at full travel. */
export function deadZone(value: number): number {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude < DEAD_ZONE) return 0;
  return (Math.sign(value) * (Math.min(magnitude, 1) - DEAD_ZONE)) / (1 - DEAD_ZONE);
}

const PRESS_INTENTS: readonly [number, Intent][] = [
  [PAD.A, { kind: 'confirm' }],
  [PAD.B, { kind: 'back' }],
  [PAD.START, { kind: 'pause' }],
  [PAD.Y, { kind: 'describe' }],
  [PAD.UP, { kind: 'focus', step: -1 }],
  [PAD.DOWN, { kind: 'focus', step: 1 }],
  [PAD.LB, { kind: 'tour-step', direction: -1 }],
  [PAD.RB, { kind: 'tour-step', direction: 1 }],
];

export interface PadReading {
  /** Intents of the buttons pressed since the last reading (edges, not held buttons). */
  intents: Intent[];
  /** Whether anything on the pad moved or was pressed: the pad is the device in use. */
  active: boolean;
}

/**
 * Reads one pad against what was held at the last reading (`held`, updated in place): sticks
 * into `controls.pad`, new presses into intents. The d-pad's left and right go to the tour's
 * stops on the tour and through the controls elsewhere (`sideways`).
 */
export function readPad(pad: PadLike, held: boolean[], controls: Controls, sideways: (direction: 1 | -1) => Intent): PadReading {
  const intents: Intent[] = [];
  let active = false;
  const press = (i: number) => {
    const down = !!pad.buttons[i]?.pressed;
    const edge = down && !held[i];
    held[i] = down;
    if (down) active = true;
    return edge;
  };
  for (const [button, intent] of PRESS_INTENTS) if (press(button)) intents.push(intent);
  if (press(PAD.LEFT)) intents.push(sideways(-1));
  if (press(PAD.RIGHT)) intents.push(sideways(1));
  const [moveX = 0, moveY = 0, lookX = 0, lookY = 0] = pad.axes.map(deadZone);
  controls.pad.moveX = moveX;
  controls.pad.moveY = moveY;
  controls.pad.lookX = lookX;
  controls.pad.lookY = lookY;
  if (moveX || moveY || lookX || lookY) active = true;
  return { intents, active };
}

function zeroSticks(controls: Controls): void {
  controls.pad.moveX = controls.pad.moveY = controls.pad.lookX = controls.pad.lookY = 0;
}

export interface GamepadDeps {
  controls: Controls;
  route: (intent: Intent) => boolean;
  sideways: (direction: 1 | -1) => Intent;
  noteDevice: (device: 'gamepad') => void;
}

/**
 * The gamepad's one listener: polls `navigator.getGamepads()` once an animation frame while a
 * pad is connected (a pad plugged in later starts it; the last one unplugged stops it). The
 * first standard-mapped pad with input drives. Tests stand in for a pad by replacing
 * `navigator.getGamepads` before the page loads (e2e/support/gamepad.ts).
 */
export function listenToGamepads(target: Window, deps: GamepadDeps): () => void {
  const held: boolean[] = [];
  let frame = 0;
  const pads = (): PadLike[] => {
    try {
      return (target.navigator.getGamepads?.() ?? []).filter((p): p is Gamepad => !!p && p.connected);
    } catch {
      return [];
    }
  };
  const poll = () => {
    frame = 0;
    const pad = pads().find((p) => p.mapping === 'standard') ?? pads()[0];
    if (!pad) {
      zeroSticks(deps.controls);
      held.length = 0;
      return;
    }
    const reading = readPad(pad, held, deps.controls, deps.sideways);
    if (reading.active) deps.noteDevice('gamepad');
    for (const intent of reading.intents) deps.route(intent);
    frame = target.requestAnimationFrame(poll);
  };
  const start = () => {
    if (!frame) frame = target.requestAnimationFrame(poll);
  };
  target.addEventListener('gamepadconnected', start);
  if (pads().length) start();
  return () => {
    target.removeEventListener('gamepadconnected', start);
    if (frame) target.cancelAnimationFrame(frame);
    zeroSticks(deps.controls);
  };
}
