import { createXRStore } from '@react-three/xr';
import { pickFrameRate } from './frame-rate';
import { XR_PROFILES_URL } from './xr-profiles-url';
import { LitController, LitHand } from './XrInputModels';

const baseAssetPath = typeof location === 'undefined' ? undefined : new URL(`${import.meta.env.BASE_URL}${XR_PROFILES_URL}`, location.href).href;

/**
 * The app's one XR store. It asks only for what Salvage uses: a floor-level space (required) and
 * tracked hands (optional). The emulator is never injected by the store: `?xr=emulate` installs
 * it (emulator.ts). Controller and hand models come from the app's own server.
 */
export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  enterGrantedSession: false,
  frameRate: pickFrameRate,
  baseAssetPath,
  handTracking: true,
  controller: LitController,
  hand: LitHand,
  anchors: false,
  layers: false,
  meshDetection: false,
  planeDetection: false,
  hitTest: false,
  domOverlay: false,
  bodyTracking: false,
  depthSensing: false,
});
