import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { readLaunchOptions } from './app/deep-link';
import { qualityModeFor } from './app/quality-levels';
import { followLanguage } from './i18n/follow-language';
import { LANGUAGE_NAMES } from './i18n/languages';
import { runtime } from './app/runtime';
import { registerServiceWorker } from './app/service-worker';
import { stageLoaded } from './app/stage-loader';
import { runStageOnIntent } from './app/stage-intent';
import { stageFilesIn, warmFiles } from './app/stage-warmup';
import { takeEarlyInput } from './app/early-input';
import { salvageStore } from './store/app-store';
import { storyIndex } from './story/story-index';
import './ui/styles.css';

/** Lets the browser paint and answer input before the next piece of starting up. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

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

// The 3D half runs on the visitor's first intent, or at once when the page needs it.
const loadStageNow = runStageOnIntent(salvageStore, launch);

// Starting up is cut into tasks of a few milliseconds each on a phone, with the page free to answer
// between them: the store above; probing WebGL (it starts the GPU's side); adopting the title.
async function adoptThePage(): Promise<void> {
  await nextTask();
  const webgl2 = hasWebgl2();
  if (!webgl2) {
    salvageStore.getState().setWebgl('missing');
    loadStageNow();
  }
  // Without WebGL only the 3D half's automation API is wanted.
  void stageLoaded.then((stage) => stage.startStage(salvageStore, { webgl2 }));
  await nextTask();

  // The title is already on the page, prerendered at build time (title-prerender.tsx): React
  // adopts it as it is, with no repaint, in a transition: React yields between pieces of the work,
  // so a phone's main thread is never held long. A deep link, or no WebGL, shows something else:
  // rendered afresh.
  const root = document.getElementById('root')!;
  const showsTitle = webgl2 && salvageStore.getState().story.mode === null;
  // From here on the app listens itself: what the visitor did before is answered now.
  const early = takeEarlyInput();
  if (early.intended) loadStageNow();
  if (showsTitle && root.firstElementChild) {
    startTransition(() => void hydrateRoot(root, <App webgl2 />));
    // React listens from here on: a click on a part it has not adopted yet makes it adopt that part first.
    for (const button of early.clicks) if (button instanceof HTMLElement && button.isConnected) button.click();
  } else {
    root.replaceChildren();
    createRoot(root).render(<App webgl2={webgl2} />);
  }
  if (webgl2) warmFiles(stageFilesIn(document));
}
void adoptThePage();

// Offline after one visit (production builds only, once the page is idle): see app/service-worker.ts.
registerServiceWorker((notice) => salvageStore.getState().pushNotice(notice));
