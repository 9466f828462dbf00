import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { salvageStore } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { pressOnView } from '../input/use-input-devices';
import { runtime } from './runtime';

/** Set while the app itself frees the pointer (to show choices), so that it does not pause. */
let releasingOnPurpose = false;

/** Frees the pointer without opening the pause menu: choices and menus need the cursor. */
export function releasePointer(): void {
  if (!document.pointerLockElement) return;
  releasingOnPurpose = true;
  document.exitPointerLock();
}

/**
 * Click the view to look with the mouse; Esc (which the browser uses to free the pointer)
 * opens the pause menu. Clicks on the overlay never reach the canvas, so they are never
 * swallowed.
 */
export function PointerLock() {
  const canvas = useThree((s) => s.gl.domElement);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A finger's tap is touch input's own (it reads on); a phone has no pointer to lock.
      if ((event as PointerEvent).pointerType === 'touch') return;
      const s = salvageStore.getState();
      if (s.story.mode !== 'explore' || s.panel !== 'none' || s.story.ending) return;
      // With the pointer already locked, a click is how a mouse user reads on.
      if (runtime.pointerLocked) {
        pressOnView();
        return;
      }
      const request = canvas.requestPointerLock() as unknown as Promise<void> | undefined;
      request?.catch?.(() => undefined);
    };
    const onChange = () => {
      const locked = document.pointerLockElement === canvas;
      runtime.pointerLocked = locked;
      if (!locked && !releasingOnPurpose && salvageStore.getState().story.mode === 'explore') {
        salvageStore.getState().openPanel('pause');
      }
      releasingOnPurpose = false;
    };
    canvas.addEventListener('click', onClick);
    document.addEventListener('pointerlockchange', onChange);
    return () => {
      canvas.removeEventListener('click', onClick);
      document.removeEventListener('pointerlockchange', onChange);
    };
  }, [canvas]);

  // Opening a menu or offering choices frees the cursor.
  useEffect(
    () =>
      salvageStore.subscribe((s, prev) => {
        if (s.panel !== 'none' && prev.panel === 'none') releasePointer();
        if (s.story.ending && !prev.story.ending) releasePointer();
        if (isChoosing(storyIndex, s.story) && !isChoosing(storyIndex, prev.story)) releasePointer();
      }),
    [],
  );
  return null;
}
