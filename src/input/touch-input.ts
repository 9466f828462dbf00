import type { Controls } from './controls';
import { STICK_RADIUS, stickDeflection, TAP_SLOP, touchSide } from './touch-stick';

/** The on-screen stick, drawn where the thumb lands; moved by writing its style, never by React. */
export const stickView = { base: null as HTMLElement | null, knob: null as HTMLElement | null };

interface Finger {
  side: 'stick' | 'look';
  originX: number;
  originY: number;
  lastX: number;
  lastY: number;
  travel: number;
}

export interface TouchDeps {
  controls: Controls;
  /** The element that takes the touches: the 3D view. */
  surface: () => HTMLElement | null;
  /** A tap on the view (not on the stick): takes the deed on offer or reads on. */
  tap: () => void;
  noteDevice: (device: 'touch') => void;
}

function showStick(x: number, y: number, deflection: { x: number; y: number } | null): void {
  const { base, knob } = stickView;
  if (!base || !knob) return;
  base.style.display = deflection ? 'block' : 'none';
  if (!deflection) return;
  base.style.transform = `translate(${x - STICK_RADIUS}px, ${y - STICK_RADIUS}px)`;
  knob.style.transform = `translate(${deflection.x * STICK_RADIUS}px, ${-deflection.y * STICK_RADIUS}px)`;
}

/**
 * Touch's one set of listeners: on the left of the view a thumb takes a stick where it lands and
 * walks; anywhere on the right a drag looks around and a tap reads on or acts. Mouse and pen
 * pointers are left to the mouse's own handling.
 */
export function listenToTouch(target: Document, deps: TouchDeps): () => void {
  const fingers = new Map<number, Finger>();
  const onDown = (event: PointerEvent) => {
    const surface = deps.surface();
    if (event.pointerType !== 'touch' || !surface || event.target !== surface) return;
    deps.noteDevice('touch');
    const rect = surface.getBoundingClientRect();
    const side = touchSide(event.clientX - rect.left, rect.width);
    if (side === 'stick' && [...fingers.values()].some((f) => f.side === 'stick')) return;
    fingers.set(event.pointerId, { side, originX: event.clientX, originY: event.clientY, lastX: event.clientX, lastY: event.clientY, travel: 0 });
    if (side === 'stick') showStick(event.clientX, event.clientY, { x: 0, y: 0 });
    event.preventDefault();
  };
  const onMove = (event: PointerEvent) => {
    const finger = fingers.get(event.pointerId);
    if (!finger) return;
    finger.travel = Math.max(finger.travel, Math.hypot(event.clientX - finger.originX, event.clientY - finger.originY));
    if (finger.side === 'stick') {
      const deflection = stickDeflection(finger.originX, finger.originY, event.clientX, event.clientY);
      deps.controls.stick.x = deflection.x;
      deps.controls.stick.y = deflection.y;
      showStick(finger.originX, finger.originY, deflection);
    } else {
      deps.controls.touchLook.x += event.clientX - finger.lastX;
      deps.controls.touchLook.y += event.clientY - finger.lastY;
    }
    finger.lastX = event.clientX;
    finger.lastY = event.clientY;
  };
  const onUp = (event: PointerEvent) => {
    const finger = fingers.get(event.pointerId);
    if (!finger) return;
    fingers.delete(event.pointerId);
    if (finger.side === 'stick') {
      deps.controls.stick.x = deps.controls.stick.y = 0;
      showStick(0, 0, null);
    } else if (event.type === 'pointerup' && finger.travel < TAP_SLOP) {
      deps.tap();
    }
  };
  target.addEventListener('pointerdown', onDown);
  target.addEventListener('pointermove', onMove);
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onUp);
  return () => {
    target.removeEventListener('pointerdown', onDown);
    target.removeEventListener('pointermove', onMove);
    target.removeEventListener('pointerup', onUp);
    target.removeEventListener('pointercancel', onUp);
    deps.controls.stick.x = deps.controls.stick.y = 0;
    showStick(0, 0, null);
  };
}
