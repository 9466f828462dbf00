import type { Controls } from './controls';

export interface MouseDeps {
  controls: Controls;
  noteDevice: (device: 'mouse') => void;
}

/** The mouse's listeners: movement while the pointer is locked turns the view; a press marks the mouse in use. */
export function listenToMouse(target: Document, deps: MouseDeps): () => void {
  const onMove = (event: MouseEvent) => {
    if (!target.pointerLockElement) return;
    deps.controls.mouse.x += event.movementX;
    deps.controls.mouse.y += event.movementY;
    deps.noteDevice('mouse');
  };
  const onDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse') deps.noteDevice('mouse');
  };
  target.addEventListener('mousemove', onMove);
  target.addEventListener('pointerdown', onDown, true);
  return () => {
    target.removeEventListener('mousemove', onMove);
    target.removeEventListener('pointerdown', onDown, true);
  };
}
