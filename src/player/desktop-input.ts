import type { MoveIntent } from './movement';

const FORWARD = ['KeyW', 'ArrowUp'];
const BACK = ['KeyS', 'ArrowDown'];
const LEFT = ['KeyA'];
const RIGHT = ['KeyD'];
const ARROW_LEFT = 'ArrowLeft';
const ARROW_RIGHT = 'ArrowRight';
const MOVE_CODES = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT, ARROW_LEFT, ARROW_RIGHT]);

/** Radians a second that the arrow keys turn by when the pointer is free. */
export const KEY_TURN_SPEED = 1.9;
/** Radians per pixel of mouse movement at sensitivity 1. */
const MOUSE_RADIANS_PER_PIXEL = 0.0022;
const MAX_PITCH = 1.35;

/**
 * Keyboard and mouse state for walking on a desktop. Keys are read by `event.code`, so the
 * layout of the keyboard does not matter. Listeners are attached once and removed on dispose.
 */
export class DesktopInput {
  private readonly down = new Set<string>();
  private lookX = 0;
  private lookY = 0;

  constructor(private readonly target: Window = window) {
    target.addEventListener('keydown', this.onKeyDown);
    target.addEventListener('keyup', this.onKeyUp);
    target.addEventListener('blur', this.clear);
    target.document.addEventListener('mousemove', this.onMouseMove);
  }

  dispose(): void {
    this.target.removeEventListener('keydown', this.onKeyDown);
    this.target.removeEventListener('keyup', this.onKeyUp);
    this.target.removeEventListener('blur', this.clear);
    this.target.document.removeEventListener('mousemove', this.onMouseMove);
  }

  /** Forgets held keys (a menu opened, the window lost focus). */
  readonly clear = (): void => {
    this.down.clear();
    this.lookX = 0;
    this.lookY = 0;
  };

  /** The walk asked for; with the pointer free, left and right arrows turn instead of strafing. */
  intent(pointerLocked: boolean): MoveIntent {
    const held = (codes: string[]) => codes.some((c) => this.down.has(c));
    const sideArrows = pointerLocked ? (this.down.has(ARROW_RIGHT) ? 1 : 0) - (this.down.has(ARROW_LEFT) ? 1 : 0) : 0;
    return {
      forward: (held(FORWARD) ? 1 : 0) - (held(BACK) ? 1 : 0),
      strafe: Math.max(-1, Math.min(1, (held(RIGHT) ? 1 : 0) - (held(LEFT) ? 1 : 0) + sideArrows)),
    };
  }

  /** Turning from the arrow keys when the pointer is free: radians for this frame (left is +). */
  keyTurn(pointerLocked: boolean, seconds: number): number {
    if (pointerLocked) return 0;
    const direction = (this.down.has(ARROW_LEFT) ? 1 : 0) - (this.down.has(ARROW_RIGHT) ? 1 : 0);
    return direction * KEY_TURN_SPEED * seconds;
  }

  /** Applies and forgets the mouse movement since the last frame. */
  applyLook(pose: { yaw: number; pitch: number }, sensitivity: number, invert: boolean): void {
    const scale = MOUSE_RADIANS_PER_PIXEL * sensitivity;
    pose.yaw -= this.lookX * scale;
    pose.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pose.pitch - this.lookY * scale * (invert ? -1 : 1)));
    this.lookX = 0;
    this.lookY = 0;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!MOVE_CODES.has(event.code) || isTyping(event.target)) return;
    this.down.add(event.code);
    // Arrows would scroll the page or move focus between buttons.
    if (event.code.startsWith('Arrow')) event.preventDefault();
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    this.down.delete(event.code);
  };

  private readonly onMouseMove = (event: MouseEvent): void => {
    if (!this.target.document.pointerLockElement) return;
    this.lookX += event.movementX;
    this.lookY += event.movementY;
  };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
}
