import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { readLaunchOptions } from './app/deep-link';
import { qualityModeFor } from './app/quality-levels';
import { followLanguage } from './i18n/follow-language';
import { LANGUAGE_NAMES } from './i18n/languages';
import { runtime } from './app/runtime';
import { registerServiceWorker } from './app/service-worker';
import { loadStage, stageLoaded } from './app/stage-loader';
import { salvageStore } from './store/app-store';
import { storyIndex } from './story/story-index';
import { installEmulator } from './xr/emulator';
import { checkXrSupport } from './xr/xr-support';
import './ui/styles.css';

function hasWebgl2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

const launch = readLaunchOptions(location.search, storyIndex);
runtime.capture = launch.capture;
salvageStore.getState().setQualityMode(qualityModeFor(location.search, { capture: launch.capture, automated: navigator.webdriver === true }));
if (launch.tourSpeed !== undefined) runtime.tourSpeed = launch.tourSpeed;
if (launch.story) salvageStore.getState().jumpTo(launch.story);
if (launch.messages) salvageStore.getState().pushNotice({ id: 'deep-link', messages: launch.messages, tone: 'warning' });
// `?lang=fr` is a choice like one made in Settings (and saved); a language Salvage lacks leaves
// the saved or preferred one in place, and says so.
if (launch.language) salvageStore.getState().updateSettings({ language: launch.language });
if (launch.unknownLanguage !== undefined) {
  const language = LANGUAGE_NAMES[salvageStore.getState().settings.language];
  salvageStore
    .getState()
    .pushNotice({ id: 'language-unknown', messages: [{ key: 'notice.unknownLanguage', params: { value: launch.unknownLanguage, language } }], tone: 'warning' });
}
// Fetched now, before React adopts the English title: the switch follows it as soon as it can.
followLanguage(salvageStore);

const webgl2 = hasWebgl2();
if (!webgl2) salvageStore.getState().setWebgl('missing');

// The headset emulator only when asked for (`?xr=emulate`); then the same support check as a real headset.
const emulator = launch.xrEmulate ? installEmulator() : Promise.resolve(null);
emulator
  .catch(() => salvageStore.getState().pushNotice({ id: 'xr-emulator', messages: [{ key: 'notice.vrEmulator' }], tone: 'warning' }))
  .then(() => checkXrSupport())
  .catch(() => undefined);

// The title is already on the page, prerendered at build time (title-prerender.tsx): React adopts
// it as it is, with no repaint. A deep link, or no WebGL, shows something else: rendered afresh.
const root = document.getElementById('root')!;
const showsTitle = webgl2 && salvageStore.getState().story.mode === null;
if (showsTitle && root.firstElementChild) {
  hydrateRoot(root, <App webgl2 />);
} else {
  root.replaceChildren();
  createRoot(root).render(<App webgl2={webgl2} />);
}

// The 3D half (three, fiber, drei, the XR stack, the scenes) after the title is live (App asks for
// it once mounted): it loads in the background while the visitor reads, and the Canvas mounts
// behind the title when it arrives. Without WebGL only its automation API is wanted.
void (webgl2 ? stageLoaded : loadStage()).then((stage) => stage.startStage(salvageStore, { webgl2 }));

// Offline after one visit (production builds only): see app/service-worker.ts.
registerServiceWorker((notice) => salvageStore.getState().pushNotice(notice));
