import { inLanguage } from '../i18n/story-language';
import { narrationCaptions } from '../story/caption-lines';
import type { StoryEvent } from '../story/machine';
import { awaitedAction, dialogueEvent, isStoryFree, narrationCaption, newDirectorClock } from '../systems/tour-director';
import { flightSeconds, resumeStop } from './tour-path';
import { advanceFlight, copyPose, startMove, SUBSTEP } from './tour-motion';
import type { TourFrame, TourLink, TourRun } from './tour-run';

/** The tour is not running (the visitor walks, or is on the title): it resumes from here later. */
export function suspendTour(run: TourRun, link: TourLink): void {
  if (!run.active) return;
  run.active = false;
  run.pending = 0;
  link.show({ paused: false, caption: null });
}

/**
 * One frame of the tour: moves the player pose along the staged scene's tour stops, in steps
 * short enough that every trigger zone on the way is crossed, and keeps the story going at the
 * tour's pace, by the events it sends. Pausing freezes all of it but a flight the viewer asked for.
 */
export function driveTour(run: TourRun, frame: TourFrame, seconds: number): void {
  syncPath(run, frame);
  applyPending(run, frame);
  const paused = frame.link.read().tour.paused;
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
  const { link } = frame;
  const free = paused ? 0 : dt;
  if (run.phase === 'fly' || run.phase === 'cut') advanceFlight(run, frame, run.manual ? dt : free);
  else if (run.phase === 'dwell') dwell(run, frame, free);
  else if (run.key !== null && free > 0) send(link, awaitedAction(frame.index, link.read().story));

  // The pace and the captions in the player's language (the structure is the same in each).
  const language = link.read().settings.language;
  const index = inLanguage(frame.index, language);
  const story = link.read().story;
  send(link, dialogueEvent(index, story, run.clock, free, language));
  const narration = run.key === null ? [] : narrationCaptions(index.scene(story.scene)?.narration ?? []);
  link.show({ caption: narrationCaption(narration, link.read().story, run.clock, free, language) });
}

/** Starts the path when the tour starts, resumes, or the staged scene changes under it. */
function syncPath(run: TourRun, frame: TourFrame): void {
  const s = frame.link.read();
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
    frame.link.show({ stop: 0, stops: 0 });
    return;
  }
  // Resumed, or arriving at a beat that has a view of its own (a deep link, Continue: the frame
  // loop has put the player there), the path goes on from where the player stands.
  const atBeatView = s.story.beat !== null && config?.beatViews?.[s.story.beat] !== undefined;
  beginFlight(run, frame, resuming || atBeatView ? resumeStop(run.stops, frame.pose.position) : 0, -1, false);
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
  const { settings, tour } = frame.link.read();
  // A desktop cut is counted (reduced motion): the page fades with it.
  if (startMove(run, frame, settings.reduceMotion) === 'cut' && !frame.xr) frame.link.show({ cuts: tour.cuts + 1 });
  frame.link.show({ stop: target, stops: run.stops.length });
}

/** At a stop: linger while its beat plays and for the dwell after, then move the story or the tour on. */
function dwell(run: TourRun, frame: TourFrame, dt: number): void {
  const s = frame.link.read();
  const stop = run.stops[run.target];
  if (!stop || dt <= 0 || !isStoryFree(s.story)) return;
  run.elapsed += dt;
  if (run.elapsed < stop.dwell) return;
  // Where the story offers an action (a door), the tour takes it, as E would.
  if (s.prompt) send(frame.link, { type: 'act', action: s.prompt.action });
  else if (run.target < run.stops.length - 1) beginFlight(run, frame, run.target + 1, run.target, false);
  else send(frame.link, awaitedAction(frame.index, s.story));
}

function send(link: TourLink, event: StoryEvent | null): void {
  if (event) link.send(event);
}
