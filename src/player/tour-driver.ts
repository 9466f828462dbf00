import { Vector3 } from 'three';
import type { SceneConfig, TourStop } from '../scenes/types';
import type { SalvageStore } from '../store/create-store';
import type { StoryEvent } from '../story/machine';
import type { ScriptIndex } from '../story/script-index';
import { inLanguage } from '../i18n/story-language';
import { narrationCaptions } from '../story/caption-lines';
import { awaitedAction, dialogueEvent, isStoryFree, narrationCaption, newDirectorClock, type DirectorClock } from '../systems/tour-director';
import { comfort as headsetComfort, fadeThrough, type Comfort } from '../xr/comfort';
import type { PlayerPose } from './pose';
import { flightPose, flightSeconds, resumeStop, type Flight, type TourPose } from './tour-path';

/** The longest step of tour time between two looks at the trigger zones: a fast tour skips none. */
const SUBSTEP = 0.1;
/** With reduced motion, a cut replaces a flight: fade out, jump, fade in, in tour seconds. */
export const CUT_SECONDS = 1.2;
/** In a headset, a move shorter than this (metres) is no move: only a flight's turn was left. */
const SAME_PLACE = 0.01;

/**
 * hold: nowhere to go (the story's scene is not staged); fly / cut: on the way to `target`;
 * dwell: at `target`, lingering while its beat plays and for the stop's dwell after.
 */
type Phase = 'hold' | 'fly' | 'cut' | 'dwell';

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

export interface TourFrame {
  store: SalvageStore;
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
  /** The headset's fade the moves go under (default: the app's one, stepped by run-frame). */
  comfort?: Comfort;
}

/** Asks for the next (+1) or previous (-1) stop; the tour flies there on its next frame. */
export function requestStop(run: TourRun, direction: 1 | -1): void {
  run.pending += direction;
}

/** Flies to the previous or next stop of the guided tour that is running. */
export function stepTour(direction: 1 | -1): void {
  requestStop(tourRun, direction);
}

/** The tour is not running (the visitor walks, or is on the title): it resumes from here later. */
export function suspendTour(run: TourRun, store: SalvageStore): void {
  if (!run.active) return;
  run.active = false;
  run.pending = 0;
  store.getState().updateTour({ paused: false, caption: null });
}

/**
 * One frame of the tour: moves the player pose along the staged scene's tour stops, in steps
 * short enough that every trigger zone on the way is crossed, and keeps the story going at the
 * tour's pace. Pausing freezes all of it but a flight the viewer asked for.
 */
export function driveTour(run: TourRun, frame: TourFrame, seconds: number): void {
  syncPath(run, frame);
  applyPending(run, frame);
  const paused = frame.store.getState().tour.paused;
  const moving = run.phase === 'fly' || run.phase === 'cut';
  if (paused && !(moving && run.manual)) return;
  const total = Math.max(0, seconds) * frame.speed;
  const steps = Math.max(1, Math.ceil(total / SUBSTEP));
  for (let i = 0; i < steps; i += 1) {
    step(run, frame, total / steps, paused);
    frame.onStep();
    syncPath(run, frame);
  }
}

function step(run: TourRun, frame: TourFrame, dt: number, paused: boolean): void {
  const free = paused ? 0 : dt;
  if (run.phase === 'fly' || run.phase === 'cut') advanceFlight(run, frame, run.manual ? dt : free);
  else if (run.phase === 'dwell') dwell(run, frame, free);
  else if (run.key !== null && free > 0) dispatch(frame, awaitedAction(frame.index, frame.store.getState().story));

  const story = frame.store.getState().story;
  // The pace and the captions in the player's language (the structure is the same in each).
  const language = frame.store.getState().settings.language;
  const index = inLanguage(frame.index, language);
  dispatch(frame, dialogueEvent(index, story, run.clock, free, language));
  const narration = run.key === null ? [] : narrationCaptions(index.scene(story.scene)?.narration ?? []);
  const caption = narrationCaption(narration, frame.store.getState().story, run.clock, free, language);
  frame.store.getState().updateTour({ caption });
}

/** Starts the path when the tour starts, resumes, or the staged scene changes under it. */
function syncPath(run: TourRun, frame: TourFrame): void {
  const s = frame.store.getState();
  const config = frame.config;
  const onPath = config !== null && config.id === s.staged && s.staged === s.story.scene;
  const key = onPath ? `${s.staged}#${frame.visit}` : null;
  if (run.active && key === run.key) return;
  const resuming = !run.active && key !== null && key === run.key;
  run.active = true;
  run.key = key;
  run.pending = 0;
  run.stops = onPath ? config.tourStops : [];
  // A new scene (or a new walk) narrates from its first caption; the line being read keeps its time.
  if (!resuming) run.clock = { ...newDirectorClock(), line: run.clock.line, lineSeconds: run.clock.lineSeconds };
  if (!run.stops.length) {
    run.phase = 'hold';
    run.target = -1;
    s.updateTour({ stop: 0, stops: 0 });
    return;
  }
  beginFlight(run, frame, resuming ? resumeStop(run.stops, frame.pose.position) : 0, -1, false);
}

function applyPending(run: TourRun, frame: TourFrame): void {
  if (!run.pending) return;
  const wanted = Math.min(run.stops.length - 1, Math.max(0, run.target + run.pending));
  run.pending = 0;
  if (!run.stops.length || wanted === run.target) return;
  beginFlight(run, frame, wanted, run.phase === 'dwell' ? run.target : -1, true);
}

function beginFlight(run: TourRun, frame: TourFrame, target: number, fromStop: number, manual: boolean): void {
  const to = run.stops[target]!;
  const { flight } = run;
  copyPose(frame.pose, flight.from);
  // Along the path (from one stop to the next), the curve bends through the stops around it;
  // from anywhere else it starts straight.
  const direction = target - fromStop;
  const alongPath = fromStop >= 0 && Math.abs(direction) === 1;
  flight.before = alongPath ? (run.stops[fromStop - direction]?.position ?? null) : null;
  flight.after = alongPath ? (run.stops[target + direction]?.position ?? null) : null;
  flight.to = to;
  flight.seconds = flightSeconds(flight.from, to);
  run.target = target;
  run.elapsed = 0;
  run.manual = manual;
  run.jumped = false;
  run.fading = false;
  const { settings, tour, updateTour } = frame.store.getState();
  if (flight.seconds === 0 || (frame.xr && samePlace(flight))) {
    arrive(run, frame);
  } else if (frame.xr) {
    cutInHeadset(run, frame);
  } else if (settings.reduceMotion) {
    run.phase = 'cut';
    updateTour({ cuts: tour.cuts + 1 });
  } else {
    run.phase = 'fly';
  }
  frame.store.getState().updateTour({ stop: target, stops: run.stops.length });
}

function advanceFlight(run: TourRun, frame: TourFrame, dt: number): void {
  if (frame.xr) return cutInHeadset(run, frame);
  run.elapsed += dt;
  if (run.phase === 'fly') {
    writePose(frame, flightPose(run.flight, run.elapsed, scratchPose));
    if (run.elapsed >= run.flight.seconds) arrive(run, frame);
    return;
  }
  if (!run.jumped && run.elapsed >= CUT_SECONDS / 2) jump(run, frame);
  if (run.elapsed >= CUT_SECONDS) arrive(run, frame);
}

/** The cut flies the same path out of sight, under the fade, so the same zones fire. */
function jump(run: TourRun, frame: TourFrame): void {
  run.jumped = true;
  const samples = Math.max(1, Math.ceil(run.flight.seconds / SUBSTEP));
  for (let i = 1; i <= samples; i += 1) {
    writePose(frame, flightPose(run.flight, (run.flight.seconds * i) / samples, scratchPose));
    frame.onStep();
  }
}

/**
 * In a headset every move is a cut under the headset's fade, reduced motion or not: the jump and
 * the arrival happen at black, in real time (the fade's own pace, whatever the tour's speed). A
 * flight or a desktop cut under way when the headset comes on finishes the same way, from where
 * the player is.
 */
function cutInHeadset(run: TourRun, frame: TourFrame): void {
  if (run.phase === 'cut' && run.fading) return;
  if (run.phase === 'fly') {
    copyPose(frame.pose, run.flight.from);
    run.flight.before = null;
    run.flight.seconds = flightSeconds(run.flight.from, run.flight.to);
    if (samePlace(run.flight)) return arrive(run, frame);
  }
  run.phase = 'cut';
  run.fading = true;
  const { key, target } = run;
  fadeThrough(frame.comfort ?? headsetComfort, () => {
    // A newer move, a new scene, or the tour left: this one is void.
    if (!run.active || run.key !== key || run.target !== target || run.phase !== 'cut') return;
    if (!run.jumped) jump(run, frame);
    arrive(run, frame);
  });
}

function samePlace(flight: Flight): boolean {
  const [x, y, z] = flight.to.position;
  return flight.from.position.distanceTo(scratchPose.position.set(x, y, z)) < SAME_PLACE;
}

function arrive(run: TourRun, frame: TourFrame): void {
  writePose(frame, flightPose(run.flight, run.flight.seconds, scratchPose));
  run.phase = 'dwell';
  run.fading = false;
  run.elapsed = 0;
  run.manual = false;
}

/** At a stop: linger while its beat plays and for the dwell after, then move the story or the tour on. */
function dwell(run: TourRun, frame: TourFrame, dt: number): void {
  const s = frame.store.getState();
  const stop = run.stops[run.target];
  if (!stop || dt <= 0 || !isStoryFree(s.story)) return;
  run.elapsed += dt;
  if (run.elapsed < stop.dwell) return;
  // Where the story offers an action (a door), the tour takes it, as E would.
  if (s.prompt) dispatch(frame, { type: 'act', action: s.prompt.action });
  else if (run.target < run.stops.length - 1) beginFlight(run, frame, run.target + 1, run.target, false);
  else dispatch(frame, awaitedAction(frame.index, s.story));
}

function dispatch(frame: TourFrame, event: StoryEvent | null): void {
  if (event) frame.store.getState().dispatch(event);
}

function copyPose(pose: PlayerPose, out: TourPose): void {
  out.position.copy(pose.position);
  out.yaw = pose.yaw;
  out.pitch = pose.pitch;
}

/** In a headset the tour only moves the player: where they look is their own head's business. */
function writePose({ pose, xr }: TourFrame, from: TourPose): void {
  pose.position.copy(from.position);
  if (!xr) {
    pose.yaw = from.yaw;
    pose.pitch = from.pitch;
  }
  pose.velocity.set(0, 0, 0);
}

const scratchPose: TourPose = { position: new Vector3(), yaw: 0, pitch: 0 };
