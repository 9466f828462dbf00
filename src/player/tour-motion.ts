import { Vector3 } from 'three';
import { fadeThrough } from '../xr/comfort';
import type { PlayerPose } from './pose';
import { flightPose, flightSeconds, type Flight, type TourPose } from './tour-path';
import type { TourFrame, TourRun } from './tour-run';

/** The longest step of tour time between two looks at the trigger zones: a fast tour skips none. */
export const SUBSTEP = 0.1;
/** With reduced motion, a cut replaces a flight: fade out, jump, fade in, in tour seconds. */
export const CUT_SECONDS = 1.2;
/** In a headset, a move shorter than this (metres) is no move: only a flight's turn was left. */
const SAME_PLACE = 0.01;

/** How a move toward the flight's stop is made: flown, cut (reduced motion), cut under the headset's fade, or already there. */
export function startMove(run: TourRun, frame: TourFrame, reduceMotion: boolean): 'arrived' | 'fly' | 'cut' {
  if (run.flight.seconds === 0 || (frame.xr && samePlace(run.flight))) {
    arrive(run, frame);
    return 'arrived';
  }
  if (frame.xr) {
    cutInHeadset(run, frame);
    return 'cut';
  }
  run.phase = reduceMotion ? 'cut' : 'fly';
  return run.phase;
}

/** `dt` more tour seconds of the flight or the cut. */
export function advanceFlight(run: TourRun, frame: TourFrame, dt: number): void {
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
  fadeThrough(frame.comfort, () => {
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

export function copyPose(pose: PlayerPose, out: TourPose): void {
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
