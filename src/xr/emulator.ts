import type { XRDevice } from 'iwer';

declare global {
  interface Window {
    /**
     * Only with `?xr=emulate`: the emulated headset (iwer's XRDevice), so that tests and previews
     * can move its controllers (`controllers.left.updateAxes('thumbstick', x, y)`) and head.
     */
    salvageXrDevice?: XRDevice;
  }
}

/**
 * Installs iwer's emulated Meta Quest 3 in place of the browser's WebXR (desktop Chromium's own
 * `navigator.xr` answers "not supported", so the install is forced). Loaded on demand: real users
 * never download it unless they ask for `?xr=emulate`. No dev UI, no synthetic room (both would
 * fetch from a CDN).
 */
export async function installEmulator(): Promise<XRDevice> {
  const { XRDevice, metaQuest3 } = await import('iwer');
  const device = new XRDevice(metaQuest3, { stereoEnabled: true });
  device.installRuntime({ forceInstall: true });
  window.salvageXrDevice = device;
  return device;
}
