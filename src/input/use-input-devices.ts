import { useEffect } from 'react';
import { runtime } from '../app/runtime';
import { loadStage } from '../app/stage-loader';
import { salvageStore, useSalvage } from '../store/app-store';
import { isChoosing } from '../story/machine';
import { storyIndex } from '../story/story-index';
import { controls, releaseControls } from './controls';
import type { InputDevice } from './device-labels';
import { domFocus } from './focus-moves';
import { listenToGamepads } from './gamepad-input';
import { listenToGyro } from './gyro-look';
import type { Intent } from './intents';
import { listenToKeyboard } from './keyboard-input';
import { listenToMouse } from './mouse-input';
import { routeIntent } from './route-intent';
import { listenToTouch } from './touch-input';

function noteDevice(device: InputDevice): void {
  salvageStore.getState().noteDevice(device);
}

/** Routes an intent from any device against the app's store and the page's focus. */
export function route(intent: Intent): boolean {
  return routeIntent(intent, { store: salvageStore, index: storyIndex, focus: domFocus(document), stepTour, describeAround });
}

/** What is around is known to the 3D half (the scene's landmarks, the people on stage). */
function describeAround(): void {
  void loadStage().then((stage) => stage.describeAround(salvageStore));
}

/** The tour's stops are the tour driver's, in the 3D half: there by the time a tour runs. */
function stepTour(direction: 1 | -1): void {
  void loadStage().then((stage) => stage.stepTour(direction));
}

/** A click with the pointer locked, or a tap on the view: takes the deed on offer, or reads on. */
export function pressOnView(): boolean {
  return route({ kind: 'act' }) || route({ kind: 'read-on' });
}

/** The d-pad's left and right: the tour's stops on the tour, the focus everywhere else. */
function sideways(direction: 1 | -1): Intent {
  const s = salvageStore.getState();
  const touring = s.story.mode === 'tour' && s.panel === 'none' && !s.story.ending && !isChoosing(storyIndex, s.story);
  return touring ? { kind: 'tour-step', direction } : { kind: 'focus', step: direction };
}

/**
 * Every input device, one listener set per kind, all feeding the same intents and `controls`.
 * Mounted with the overlay, so the title and the menus answer before the 3D view has loaded.
 */
export function useInputDevices(): void {
  useEffect(() => {
    if (window.matchMedia?.('(pointer: coarse)').matches) noteDevice('touch');
    const stops = [
      listenToKeyboard(window, {
        controls,
        map: () => salvageStore.getState().settings.keys,
        store: salvageStore,
        index: storyIndex,
        route,
        noteDevice,
        pointerLocked: () => runtime.pointerLocked,
      }),
      listenToMouse(document, { controls, noteDevice }),
      listenToTouch(document, {
        controls,
        surface: () => runtime.gl?.domElement ?? null,
        tap: pressOnView,
        noteDevice,
      }),
      listenToGamepads(window, { controls, route, sideways, noteDevice }),
      // A menu that opens drops whatever is held, so nobody walks on by themselves after it closes.
      salvageStore.subscribe((s, prev) => s.panel !== prev.panel && releaseControls()),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);

  const gyro = useSalvage((s) => s.settings.gyroLook);
  useEffect(() => (gyro ? listenToGyro(window, controls) : undefined), [gyro]);
}
