import type { StateCreator } from 'zustand';
import type { InputDevice } from '../../input/device-labels';
import type { SceneId } from '../../story/types';
import type { Notice } from '../notices';
import type { SalvageState } from '../types';

export type Panel = 'none' | 'pause' | 'settings';

/** What the guided tour's controls show; changed only when one of them changes, never per frame. */
export interface TourUi {
  paused: boolean;
  /** The stop the tour stands at or flies to, and how many the staged scene has (0: none). */
  stop: number;
  stops: number;
  /** The narration caption on screen between beats, or null. */
  caption: string | null;
  /** Counts cuts between stops with reduced motion: each plays a fade. */
  cuts: number;
}

export const INITIAL_TOUR_UI: TourUi = { paused: false, stop: 0, stops: 0, caption: null, cuts: 0 };

export interface UiSlice {
  /** The scene whose world is on screen; the construct stands in while another loads. */
  staged: SceneId | null;
  /** The staged scene has rendered its first frame. */
  ready: boolean;
  /** A scene whose module failed to load: the player waits in the construct with a notice. */
  unavailable: SceneId | null;
  panel: Panel;
  notices: Notice[];
  /**
   * The deliberate action the player can take where they stand (E, a click), or null. While
   * `waiting`, a line must be read first: the label says so, and taking the prompt reads on.
   */
  prompt: { action: string; label: string; waiting: boolean } | null;
  /** Whether the 3D view could start at all (no WebGL2: the text version). */
  webgl: 'unknown' | 'ok' | 'missing' | 'lost';
  tour: TourUi;
  /** The kind of device used last: hints name its controls ("Space", "tap", "(A)"). */
  device: InputDevice;
  /**
   * The last description said (a place on arrival, what happens only on screen, what is around
   * when asked); `serial` counts them, so the same words said twice are said again.
   */
  description: { text: string; serial: number } | null;
  /** The sound caption on screen ("[a gull crying, far left]"), or null. */
  soundCaption: string | null;
  stage: (scene: SceneId | null) => void;
  markReady: () => void;
  markUnavailable: (scene: SceneId | null) => void;
  openPanel: (panel: Panel) => void;
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setWebgl: (status: UiSlice['webgl']) => void;
  setPrompt: (prompt: UiSlice['prompt']) => void;
  /** Notes the device used last; no update when it is the same one. */
  noteDevice: (device: InputDevice) => void;
  /** Sets what changed in the tour's UI state; no update at all when nothing did. */
  updateTour: (patch: Partial<TourUi>) => void;
  /** Says a description (through the live region, and aloud when that is on). */
  describe: (text: string) => void;
  setSoundCaption: (caption: string | null) => void;
}

export const createUiSlice: StateCreator<SalvageState, [], [], UiSlice> = (set, get) => ({
  staged: null,
  ready: false,
  unavailable: null,
  panel: 'none',
  notices: [],
  webgl: 'unknown',
  prompt: null,
  tour: INITIAL_TOUR_UI,
  device: 'keyboard',
  description: null,
  soundCaption: null,
  stage: (scene) => set({ staged: scene, ready: false, prompt: null, soundCaption: null }),
  markReady: () => {
    if (!get().ready) set({ ready: true });
  },
  markUnavailable: (scene) => set({ unavailable: scene }),
  openPanel: (panel) => set({ panel }),
  pushNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  setWebgl: (webgl) => set({ webgl }),
  setPrompt: (prompt) => {
    const now = get().prompt;
    if (now?.action !== prompt?.action || now?.waiting !== prompt?.waiting || now?.label !== prompt?.label) set({ prompt });
  },
  noteDevice: (device) => {
    if (get().device !== device) set({ device });
  },
  updateTour: (patch) => {
    const tour = get().tour;
    if ((Object.keys(patch) as (keyof TourUi)[]).some((key) => patch[key] !== tour[key])) set({ tour: { ...tour, ...patch } });
  },
  describe: (text) => set({ description: { text, serial: (get().description?.serial ?? 0) + 1 } }),
  setSoundCaption: (soundCaption) => {
    if (get().soundCaption !== soundCaption) set({ soundCaption });
  },
});
