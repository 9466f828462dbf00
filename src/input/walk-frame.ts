import type { MoveIntent } from '../player/movement';
import type { Controls } from './controls';
import type { KeyMap } from './key-map';

/** Radians a second that the turn keys turn by when the pointer is free. */
export const KEY_TURN_SPEED = 1.9;
/** Radians per pixel of mouse movement at sensitivity 1. */
export const MOUSE_RADIANS_PER_PIXEL = 0.0022;
/** Radians per CSS pixel of a touch drag at sensitivity 1: a drag across half a phone is a half turn. */
export const TOUCH_RADIANS_PER_PIXEL = 0.0075;
/** Radians a second at full deflection of the gamepad's right stick. */
export const PAD_TURN_SPEED = 2.4;
export const MAX_PITCH = 1.35;

export interface LookSettings {
  mouseSensitivity: number;
  invertLook: boolean;
}

/** What one frame asks of the walk: a move, and the turn to add to the pose. */
export interface WalkFrame {
  move: MoveIntent;
  /** Radians to add to yaw (left is +) and to pitch (up is +). */
  yaw: number;
  pitch: number;
}

const clampUnit = (v: number) => Math.max(-1, Math.min(1, v));

/**
 * Every device's part of the walk, added up for one frame: keys, the touch stick and the left
 * stick move; the mouse, a touch drag, the right stick, the turn keys and the gyro look. Clears
 * what accumulates between frames. With the pointer free, the turn keys turn; with it locked,
 * they step sideways (the mouse turns).
 */
export function walkFrame(c: Controls, map: KeyMap, pointerLocked: boolean, seconds: number, look: LookSettings, out: WalkFrame): WalkFrame {
  const held = (action: keyof KeyMap) => (map[action].some((code) => c.keys.has(code)) ? 1 : 0);
  const turnKeys = held('turn-left') - held('turn-right');
  const keyStrafe = held('right') - held('left') - (pointerLocked ? turnKeys : 0);
  out.move.forward = clampUnit(held('forward') - held('back') + c.stick.y - c.pad.moveY);
  out.move.strafe = clampUnit(keyStrafe + c.stick.x + c.pad.moveX);

  const dt = Math.min(Math.max(seconds, 0), 0.25);
  const invert = look.invertLook ? -1 : 1;
  const sensitivity = look.mouseSensitivity;
  const pixelsX = c.mouse.x * MOUSE_RADIANS_PER_PIXEL + c.touchLook.x * TOUCH_RADIANS_PER_PIXEL;
  const pixelsY = c.mouse.y * MOUSE_RADIANS_PER_PIXEL + c.touchLook.y * TOUCH_RADIANS_PER_PIXEL;
  out.yaw = -pixelsX * sensitivity - c.pad.lookX * PAD_TURN_SPEED * dt + (pointerLocked ? 0 : turnKeys * KEY_TURN_SPEED * dt) + c.gyro.yaw;
  out.pitch = (-pixelsY * sensitivity - c.pad.lookY * PAD_TURN_SPEED * dt) * invert + c.gyro.pitch;

  c.mouse.x = c.mouse.y = 0;
  c.touchLook.x = c.touchLook.y = 0;
  c.gyro.yaw = c.gyro.pitch = 0;
  return out;
}

/** Turns the pose by a frame's look, the pitch held short of straight up or down. */
export function applyTurn(pose: { yaw: number; pitch: number }, frame: WalkFrame): void {
  pose.yaw += frame.yaw;
  pose.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pose.pitch + frame.pitch));
}
