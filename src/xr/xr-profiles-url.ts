/** Where the app serves WebXR controller and hand models from (see xr-profiles-plugin.ts). */
export const XR_PROFILES_URL = 'xr-profiles/';
