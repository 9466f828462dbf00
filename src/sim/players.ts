import { Vector3 } from 'three';
import type { MoveIntent } from '../player/movement';
import { isChoosing } from '../story/machine';
import { readingSeconds } from '../systems/tour-director';
import type { HeadlessEngine } from './headless-engine';
import type { Rng } from './rng';

/**
 * Players as people play, for headless runs: what they press (through the store, as the UI
 * would) and where they walk. None of them is a test's idealised reader:
 * - impatient: holds forward through narration toward the way the scene leads, and past it;
 *   reads on every second or so (each at their own pace); takes any prompt at once; picks any choice;
 * - reader: stands still while a line plays, reads it at a reading pace, then walks on;
 * - wanderer: turns, backs up, stops, strolls off, goes back to earlier places, presses E and
 *   reads on at random moments, and only slowly settles on the way forward.
 * Free and with nothing happening, all of them look around the scene's places (its tour stops)
 * the way a lost player would.
 */
export type PlayerKind = 'impatient' | 'reader' | 'wanderer';
export const PLAYER_KINDS: readonly PlayerKind[] = ['impatient', 'reader', 'wanderer'];

export interface SimPlayer {
  kind: PlayerKind;
  /** One frame of the player: presses made, and the walk asked for. */
  frame(engine: HeadlessEngine, dt: number): MoveIntent;
}

const TURN_SPEED = 3;
/** Close enough to a place to be at it: a person walks right up to a door, not to a metre of it. */
const NEAR = 0.3;
const STILL: MoveIntent = { forward: 0, strafe: 0 };

interface Walker {
  rng: Rng;
  /** The scene the route belongs to; a new scene starts a new route. */
  scene: string | null;
  route: Vector3[];
  /** Past the last place, the way the route leads: where holding forward ends up. */
  beyond: Vector3;
  waypoint: number;
  /** Free with nothing happening at the end of the route: looking around for what to do. */
  searching: boolean;
  stuckSeconds: number;
  lastDistance: number;
  detour: { seconds: number; yaw: number };
}

function newWalker(rng: Rng): Walker {
  return {
    rng,
    scene: null,
    route: [],
    beyond: new Vector3(),
    waypoint: 0,
    searching: false,
    stuckSeconds: 0,
    lastDistance: Infinity,
    detour: { seconds: 0, yaw: 0 },
  };
}

function syncRoute(w: Walker, engine: HeadlessEngine): void {
  const config = engine.config;
  if (!config || w.scene === config.id) return;
  w.scene = config.id;
  w.route = config.tourStops.map((stop) => new Vector3(...stop.position));
  const last = w.route[w.route.length - 1] ?? new Vector3(...config.spawn.position);
  const before = w.route[w.route.length - 2] ?? new Vector3(...config.spawn.position);
  const way = last.clone().sub(before).setY(0);
  if (way.lengthSq() < 1e-6) way.set(-Math.sin(config.spawn.yaw), 0, -Math.cos(config.spawn.yaw));
  w.beyond = last.clone().addScaledVector(way.normalize(), 60);
  w.waypoint = 0;
  w.searching = false;
}

/** Turns toward a point and walks there (slowing to turn), working round whatever blocks the way. */
function walkTo(w: Walker, engine: HeadlessEngine, target: Vector3, dt: number): MoveIntent {
  const { pose } = engine;
  if (w.detour.seconds > 0) {
    w.detour.seconds -= dt;
    turnToward(engine, w.detour.yaw, dt);
    return { forward: 1, strafe: 0 };
  }
  const dx = target.x - pose.position.x;
  const dz = target.z - pose.position.z;
  const distance = Math.hypot(dx, dz);
  if (distance < NEAR) return STILL;
  // Not getting nearer: a wall or a person is in the way; a short detour off to one side.
  w.stuckSeconds = distance < w.lastDistance - 0.05 * dt ? 0 : w.stuckSeconds + dt;
  w.lastDistance = distance;
  if (w.stuckSeconds > 1.2) {
    w.stuckSeconds = 0;
    w.lastDistance = Infinity;
    w.detour = { seconds: w.rng.range(0.5, 2), yaw: pose.yaw + w.rng.pick([-1, 1]) * w.rng.range(0.8, 2.4) };
  }
  const off = turnToward(engine, Math.atan2(-dx, -dz), dt);
  return { forward: Math.abs(off) < 0.6 ? 1 : 0.3, strafe: 0 };
}

/** Turns the pose toward a heading at a person's pace; returns how far off it still is. */
function turnToward(engine: HeadlessEngine, yaw: number, dt: number): number {
  const { pose } = engine;
  const off = Math.atan2(Math.sin(yaw - pose.yaw), Math.cos(yaw - pose.yaw));
  const turn = Math.sign(off) * Math.min(Math.abs(off), TURN_SPEED * dt);
  pose.yaw += turn;
  return off - turn;
}

/**
 * Along the scene's places in order, then on past the last one the way they lead, as far as the
 * walls allow. A searching player (a wanderer) instead goes round the places again, in any order,
 * once the end is reached and nothing happens.
 */
function seek(w: Walker, engine: HeadlessEngine, dt: number, search: boolean): MoveIntent {
  syncRoute(w, engine);
  if (w.route.length === 0) return STILL;
  const atEnd = w.waypoint >= w.route.length - 1;
  if (atEnd && !search && !w.searching) {
    // Reached the last place: hold on the way it leads.
    const last = w.route[w.route.length - 1]!;
    return engine.pose.position.distanceTo(last) < NEAR || w.waypoint === w.route.length ? walkOn(w, engine, dt) : walkTo(w, engine, last, dt);
  }
  if (w.waypoint === w.route.length) return walkOn(w, engine, dt);
  const target = w.route[w.waypoint]!;
  const intent = walkTo(w, engine, target, dt);
  if (intent !== STILL) return intent;
  if (!atEnd && !w.searching) w.waypoint += 1;
  else if (w.rng.chance(dt / 3)) {
    // Somewhere else to look: another of the places, or on past the last one.
    w.searching = true;
    w.waypoint = Math.floor(w.rng.next() * (w.route.length + 1));
  }
  return STILL;
}

function walkOn(w: Walker, engine: HeadlessEngine, dt: number): MoveIntent {
  w.waypoint = w.route.length;
  return walkTo(w, engine, w.beyond, dt);
}

function story(engine: HeadlessEngine) {
  return engine.store.getState().story;
}

function lineText(engine: HeadlessEngine): string | null {
  const s = story(engine);
  const beat = s.beat ? engine.index.beat(s.beat) : undefined;
  return beat?.lines[s.line]?.text ?? null;
}

function chooseAny(engine: HeadlessEngine, rng: Rng): void {
  const s = story(engine);
  const beat = s.beat ? engine.index.beat(s.beat) : undefined;
  if (beat?.choices && isChoosing(engine.index, s)) engine.store.getState().dispatch({ type: 'choose', choice: rng.pick(beat.choices).id });
}

function readOn(engine: HeadlessEngine): void {
  if (!isChoosing(engine.index, story(engine))) engine.store.getState().dispatch({ type: 'advance' });
}

/** A countdown that fires and rearms itself. */
function timer(rng: Rng, min: number, max: number) {
  let left = rng.range(min, max);
  return (dt: number, rearm: () => number = () => rng.range(min, max)) => {
    left -= dt;
    if (left > 0) return false;
    left = rearm();
    return true;
  };
}

export function createPlayer(kind: PlayerKind, rng: Rng): SimPlayer {
  const walker = newWalker(rng);
  if (kind === 'impatient') return impatient(walker);
  if (kind === 'reader') return reader(walker);
  return wanderer(walker);
}

function impatient(w: Walker): SimPlayer {
  const { rng } = w;
  // Each impatient player has their own pace with the keys: from a hammering 0.3 s to 2.5 s.
  const pace = rng.range(0.3, 2.5);
  const press = timer(rng, pace * 0.7, pace * 1.3);
  return {
    kind: 'impatient',
    frame(engine, dt) {
      const s = story(engine);
      if (!s.arrived || s.ending) return STILL;
      syncRoute(w, engine);
      const pressed = press(dt);
      if (pressed && isChoosing(engine.index, s)) chooseAny(engine, rng);
      else if (pressed && !engine.store.getState().takeOffer() && s.beat) readOn(engine);
      if (engine.store.getState().prompt) return STILL;
      // Forward is held through the narration, along the way the scene leads and on past it.
      return seek(w, engine, dt, false);
    },
  };
}

function reader(w: Walker): SimPlayer {
  const { rng } = w;
  let line = '';
  let readFor = 0;
  const pause = timer(rng, 0.5, 3);
  return {
    kind: 'reader',
    frame(engine, dt) {
      const s = story(engine);
      if (!s.arrived || s.ending) return STILL;
      const key = `${s.beat}:${s.line}`;
      if (s.beat) {
        if (key !== line) {
          line = key;
          readFor = readingSeconds(lineText(engine) ?? '') * rng.range(1, 2) + (isChoosing(engine.index, s) ? rng.range(1, 6) : 0);
        }
        readFor -= dt;
        if (readFor <= 0) {
          if (isChoosing(engine.index, s)) chooseAny(engine, rng);
          else readOn(engine);
        }
        return STILL;
      }
      line = '';
      if (engine.store.getState().prompt) {
        if (pause(dt)) engine.store.getState().takeOffer();
        return STILL;
      }
      return seek(w, engine, dt, false);
    },
  };
}

type Segment = 'seek' | 'stroll' | 'back' | 'turn' | 'stop' | 'revisit';

function wanderer(w: Walker): SimPlayer {
  const { rng } = w;
  let segment: Segment = 'stop';
  let segmentLeft = 0;
  let strollYaw = 0;
  let turnRate = 0;
  const readKey = timer(rng, 0.2, 8);
  const pressE = timer(rng, 0.5, 6);
  const pickChoice = timer(rng, 0.5, 10);
  return {
    kind: 'wanderer',
    frame(engine, dt) {
      const s = story(engine);
      if (!s.arrived || s.ending) return STILL;
      syncRoute(w, engine);
      // Keys at any moment, fitting or not.
      if (readKey(dt)) readOn(engine);
      if (pressE(dt)) engine.store.getState().takeOffer();
      if (pickChoice(dt)) chooseAny(engine, rng);
      segmentLeft -= dt;
      if (segmentLeft <= 0) {
        // Early on the player dawdles; in time they settle on the way forward.
        const settle = Math.min(0.85, 0.25 + engine.sceneSeconds / 200);
        segment = rng.chance(settle) ? 'seek' : rng.pick<Segment>(['stroll', 'back', 'turn', 'stop', 'revisit']);
        segmentLeft = segment === 'seek' ? rng.range(4, 20) : rng.range(0.5, 5);
        strollYaw = rng.range(-Math.PI, Math.PI);
        turnRate = rng.range(-2.5, 2.5);
        if (segment === 'revisit') w.waypoint = Math.floor(rng.next() * w.route.length);
      }
      switch (segment) {
        case 'seek':
        case 'revisit':
          return seek(w, engine, dt, true);
        case 'stroll':
          turnToward(engine, strollYaw, dt);
          return { forward: 1, strafe: rng.range(-0.3, 0.3) };
        case 'back':
          return { forward: -1, strafe: 0 };
        case 'turn':
          engine.pose.yaw += turnRate * dt;
          return STILL;
        case 'stop':
          return STILL;
      }
    },
  };
}
