import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** checking: not known yet; ready: immersive-vr can start; otherwise why it cannot. */
export type XrSupport = 'checking' | 'ready' | 'no-headset' | 'no-webxr';

export const XR_SUPPORT_REASONS: Record<Exclude<XrSupport, 'ready'>, string> = {
  checking: 'Looking for a VR headset…',
  'no-headset': 'This browser has no VR headset support.',
  'no-webxr': 'No WebXR here: add ?xr=emulate to the address to preview VR.',
};

const supportStore = createStore<{ support: XrSupport }>(() => ({ support: 'checking' }));

/** Asks the browser (or the emulator, once installed) whether immersive VR can start. */
export async function checkXrSupport(xr: XRSystem | undefined = globalThis.navigator?.xr): Promise<XrSupport> {
  let support: XrSupport = 'no-webxr';
  if (xr) support = (await xr.isSessionSupported('immersive-vr').catch(() => false)) ? 'ready' : 'no-headset';
  supportStore.setState({ support });
  return support;
}

export function useXrSupport(): XrSupport {
  return useStore(supportStore, (s) => s.support);
}
