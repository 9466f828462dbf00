import type { SalvageStore } from '../store/create-store';
import { warmPanels } from '../ui/lazy-panels';
import { installEmulator } from '../xr/emulator';
import { checkXrSupport } from '../xr/xr-support';
import { loadStage } from './stage-loader';
import { loadOnIntent, type WarmupHost } from './stage-warmup';

export interface StageIntentOptions {
  /** `?xr=emulate`: the headset emulator is installed first, then asked like a real headset. */
  xrEmulate?: boolean;
  /** What runs the 3D half (default: the walk's panels and the stage's module). */
  run?: () => void;
  /** Whether a headset here can enter VR now (default: the emulator if asked for, then WebXR's answer). */
  vrReady?: (store: SalvageStore, xrEmulate: boolean) => Promise<boolean>;
  host?: WarmupHost;
}

function runStage(): void {
  warmPanels();
  void loadStage();
}

async function vrReady(store: SalvageStore, xrEmulate: boolean): Promise<boolean> {
  if (xrEmulate) await installEmulator().catch(() => store.getState().pushNotice({ id: 'xr-emulator', messages: [{ key: 'notice.vrEmulator' }], tone: 'warning' }));
  return (await checkXrSupport()) === 'ready';
}

/**
 * The 3D half (three, fiber, drei, the XR stack, the scenes) is not the title's to pay for
 * (stage-warmup.ts): its files download while the visitor reads, and it runs on their first
 * intent, or at once when the page needs it (a deep link; a headset that can enter VR). The
 * Canvas mounts behind the title when it arrives. Returns what runs it now (no WebGL, an intent
 * seen before the app listened); it runs once whatever asks.
 */
export function runStageOnIntent(store: SalvageStore, options: StageIntentOptions = {}): () => void {
  const { xrEmulate = false, run = runStage, host } = options;
  const loadStageNow = loadOnIntent(run, host);
  if (store.getState().story.mode !== null) loadStageNow();
  // Intents the page's events do not show: a story started (by any means), a menu opened, a
  // gamepad used (a touch screen is noted on arrival, which is no intent).
  const stopWatching = store.subscribe((s, prev) => {
    if (s.story.mode === null && s.panel === prev.panel && s.device !== 'gamepad') return;
    stopWatching();
    loadStageNow();
  });
  void (options.vrReady ?? vrReady)(store, xrEmulate)
    .then((ready) => ready && loadStageNow())
    .catch(() => undefined);
  return loadStageNow;
}
