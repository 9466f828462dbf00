import { useStore } from 'zustand';
import { placePlayer, playerPose } from '../player/pose';
import type { SalvageStore } from '../store/create-store';
import { comfort, resetComfort } from './comfort';
import { resetXrDriver } from './xr-driver';
import { xrStore } from './xr-store';

const ENTER_FAILED = (reason: string) => ({
  id: 'xr-enter-failed',
  messages: [{ key: 'notice.vrFailed' as const, params: { reason } }],
  tone: 'warning' as const,
});

/** True while an immersive session is running. */
export function isPresenting(): boolean {
  return xrStore.getState().session != null;
}

/** The same, for the page's own UI (outside the Canvas, where @react-three/xr's hooks do not reach). */
export function useXrPresenting(): boolean {
  return useStore(xrStore, (s) => s.session != null);
}

/**
 * Asks the browser for an immersive-vr session (call it from a click: browsers want a user
 * gesture). From the title it starts a walk, or continues the saved one. The story switches to
 * mode 'xr' when the session really starts (see bindXrSession); on failure the player stays on
 * the desktop with a notice.
 */
export async function enterVr(store: SalvageStore): Promise<void> {
  const s = store.getState();
  if (s.story.mode === null) {
    const canContinue = !!s.progress && !s.progress.ending && s.progress.mode !== null;
    if (canContinue) s.continueWalk('explore');
    else s.startWalk('explore');
  }
  store.getState().openPanel('none');
  try {
    const session = await xrStore.enterVR();
    if (!session) throw new Error('the browser refused');
  } catch (error) {
    store.getState().pushNotice(ENTER_FAILED(error instanceof Error ? error.message : 'unknown error'));
  }
}

/** Ends the session, as the headset's own menu would. */
export function exitVr(): void {
  void xrStore.getState().session?.end();
}

/**
 * Ties the story to the session, once for the page: a session starting puts the story in mode
 * 'xr'; a session ending, by the user or the system, puts it back in 'explore' at the same place
 * (the pose is the player's, not the headset's); a session hidden or blurred (the headset's
 * system menu, the headset taken off) pauses the story.
 */
export function bindXrSession(store: SalvageStore): () => void {
  return xrStore.subscribe((xr, prev) => {
    const story = store.getState().story;
    if (xr.session && !prev.session) {
      resetXrDriver();
      // A walk becomes a walk in the headset; a guided tour goes on as a tour, in the headset.
      if (story.mode === 'explore') store.getState().dispatch({ type: 'set-mode', mode: 'xr' });
    }
    if (!xr.session && prev.session) {
      resetComfort(comfort);
      playerPose.pitch = 0;
      // The pose stays where the head was, standing on the floor the origin was on.
      placeAgain();
      if (story.mode === 'xr') store.getState().dispatch({ type: 'set-mode', mode: 'explore' });
    }
    const away = xr.visibilityState === 'hidden' || xr.visibilityState === 'visible-blurred';
    if (xr.session && away && xr.visibilityState !== prev.visibilityState && store.getState().panel === 'none') {
      store.getState().openPanel('pause');
    }
  });
}

function placeAgain(): void {
  const { position, yaw } = playerPose;
  placePlayer(playerPose, [position.x, position.y, position.z], yaw);
}
