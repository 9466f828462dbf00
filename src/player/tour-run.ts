import { Vector3 } from 'three';
import type { SceneConfig, TourStop } from '../scenes/types';
import type { TourUi } from '../store/slices/ui-slice';
import type { SalvageState } from '../store/types';
import type { StoryEvent } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { newDirectorClock, type DirectorClock } from '../systems/tour-director';
import type { Comfort } from '../xr/comfort';
import type { PlayerPose } from './pose';
import type { Flight } from './tour-path';

/**
 * hold: nowhere to go (the story's scene is not staged); fly / cut: on the way to `target`;
 * dwell: at `target`, lingering while its beat plays and for the stop's dwell after.
 */
export type Phase = 'hold' | 'fly' | 'cut' | 'dwell';

/** The tour's per-frame state: transient, mutated by `driveTour`, never in the store. */
export interface TourRun {
  /** False once the visitor has left the tour; taking it up again resumes in the same place. */
  active: boolean;
  /** The staged scene visit the path belongs to; null while the story's scene is not staged. */
  key: string | null;
  stops: readonly TourStop[];
  phase: Phase;
  /** The stop being flown to or dwelt at; -1 when there is none. */
  target: number;
  flight: Flight;
  /** Tour seconds into the flight or cut, or spent free at the stop. */
  elapsed: number;
  /** A flight the viewer asked for (next, previous) goes on while the tour is paused. */
  manual: boolean;
  /** The cut has jumped the pose (under the fade). */
  jumped: boolean;
  /** In a headset: the cut has asked the headset's fade for its jump (it happens at black). */
  fading: boolean;
  /** Stops to skip, asked for since the last frame: + next, - previous. */
  pending: number;
  clock: DirectorClock;
}

export function createTourRun(): TourRun {
  const here: TourStop = { position: [0, 0, 0], yaw: 0, dwell: 0 };
  return {
    active: false,
    key: null,
    stops: [],
    phase: 'hold',
    target: -1,
    flight: { from: { position: new Vector3(), yaw: 0, pitch: 0 }, to: here, before: null, after: null, seconds: 0 },
    elapsed: 0,
    manual: false,
    jumped: false,
    fading: false,
    pending: 0,
    clock: newDirectorClock(),
  };
}

/** The app's one tour. */
export const tourRun = createTourRun();

/** Asks for the next (+1) or previous (-1) stop; the tour flies there on its next frame. */
export function requestStop(run: TourRun, direction: 1 | -1): void {
  run.pending += direction;
}

/** Flies to the previous or next stop of the guided tour that is running. */
export function stepTour(direction: 1 | -1): void {
  requestStop(tourRun, direction);
}

/**
 * What the tour reads of the app, and what it hands back: the frame loop makes it (over the
 * store) and alone dispatches the story events and writes the tour's UI.
 */
export interface TourLink {
  /** The app's state now: read again after each event sent, which may have moved the story. */
  read(): Pick<SalvageState, 'story' | 'staged' | 'tour' | 'prompt' | 'settings'>;
  /** A story event the tour asks for: read on, choose, take the deed on offer. */
  send(event: StoryEvent): void;
  /** What the tour's controls and narration caption show. */
  show(patch: Partial<TourUi>): void;
}

export interface TourFrame {
  link: TourLink;
  index: ScriptIndex;
  /** The staged scene's config (the construct's while it stands in), or null. */
  config: SceneConfig | null;
  /** Counts placements of the staged scene: a new one starts the path afresh. */
  visit: number;
  /** Tour seconds per real second (`?speed=`). */
  speed: number;
  pose: PlayerPose;
  /** The story's look at the pose after each step of motion: zones, timed triggers, the action prompt. */
  onStep: () => void;
  /**
   * In a headset: the tour moves the XR origin between stops under a fade (never a flight) and
   * never turns the player's view; the player's own head decides where they look.
   */
  xr: boolean;
  /** The headset's fade the moves go under (stepped by the frame loop). */
  comfort: Comfort;
}
