import { xrStore } from './xr-store';

/**
 * A short buzz in one hand's controller (a touch on that arm). Nothing where the hand holds no
 * controller or the controller cannot buzz.
 */
export function pulseHand(handedness: XRHandedness, intensity: number, milliseconds: number): void {
  for (const state of xrStore.getState().inputSourceStates) {
    if (state.type !== 'controller' || state.inputSource.handedness !== handedness) continue;
    const actuator = state.inputSource.gamepad?.hapticActuators?.[0];
    actuator?.pulse?.(intensity, milliseconds).catch(() => undefined);
  }
}
