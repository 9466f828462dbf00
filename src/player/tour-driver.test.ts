import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { SceneConfig } from '../scenes/types';
import { createSalvageStore } from '../store/create-store';
import { stateAtBeat } from '../story/deep-link';
import { FIXTURE_INDEX } from '../story/test-fixture';
import type { BeatId } from '../story/types';
import { lookAtPlace } from '../systems/story-events';
import { createComfort, stepComfort } from '../xr/comfort';
import { placePlayer, type PlayerPose } from './pose';
import { tourLinkOf } from '../app/tour-link';
import { driveTour, suspendTour } from './tour-driver';
import { createTourRun, requestStop, type TourFrame } from './tour-run';

/**
 * The fixture's construct: wake (scene-start) -> mirror (enter its zone) -> turn-away (leave it)
 * -> door (an action at the door spot) -> the corridor, which has no staging here.
 */
const CONFIG: SceneConfig = {
  id: 'construct',
  spawn: { position: [0, 0, 8], yaw: 0 },
  colliders: [],
  zones: [{ id: 'construct.mirror', center: [0, 1, 0], size: [2, 2, 2] }],
  actions: [{ action: 'construct.door', label: 'Open the door', center: [6, 1, 0], size: [2, 2, 2] }],
  tourStops: [
    { position: [0, 0, 8], yaw: 0, dwell: 1 },
    { position: [0, 0, 0], yaw: 0, dwell: 2 },
    { position: [6, 0, 0], yaw: -Math.PI / 2, dwell: 1 },
  ],
  landmarks: [],
  background: '#ffffff',
};

/** The tour with the story's per-step checks that run-frame.ts makes, and a way to play frames. */
function harness({ speed = 1, reduceMotion = false, xr = false, config = CONFIG } = {}) {
  const store = createSalvageStore({ index: FIXTURE_INDEX });
  store.getState().updateSettings({ reduceMotion });
  store.getState().startWalk('tour');
  store.getState().stage('construct');
  const pose: PlayerPose = { position: new Vector3(), yaw: 0, pitch: 0, velocity: new Vector3(), onFloor: false };
  placePlayer(pose, config.spawn.position, config.spawn.yaw);
  // The scene's clock, as the frame loop keeps it: timed triggers fall due by it.
  const clock = { seconds: 0 };
  const onStep = () => lookAtPlace(store, FIXTURE_INDEX, config, pose.position, clock.seconds);
  const run = createTourRun();
  // In a headset, run-frame steps the headset's fade after the tour, every frame.
  const comfort = createComfort();
  const frame: TourFrame = { link: tourLinkOf(store), index: FIXTURE_INDEX, config, visit: 1, speed, pose, onStep, xr, comfort };
  const captions: string[] = [];
  store.subscribe((s, prev) => {
    if (s.tour.caption && s.tour.caption !== prev.tour.caption) captions.push(s.tour.caption);
  });
  /** Plays frames of real time until `done` holds; returns the seconds played. */
  const play = (done: () => boolean, { fps = 10, limit = 300 } = {}) => {
    let t = 0;
    for (; t < limit && !done(); t += 1 / fps) {
      clock.seconds += 1 / fps;
      driveTour(run, frame, 1 / fps);
      if (frame.xr) stepComfort(comfort, 1 / fps, false);
      // The staged scene tells the story it has arrived after its first frames.
      if (!store.getState().story.arrived && store.getState().story.scene === 'construct') store.getState().dispatch({ type: 'arrive', scene: 'construct' });
    }
    return t;
  };
  const seen = () => store.getState().story.seen;
  return { store, pose, run, frame, comfort, play, seen, captions };
}

describe('the tour through a scene', () => {
  it('carries the story: beats fire from the zones it crosses, it opens the door, and goes on to the next scene', () => {
    const { store, play, seen, captions } = harness();
    play(() => store.getState().story.scene === 'corridor');
    expect(seen()).toEqual(['construct.wake', 'construct.mirror', 'construct.turn-away', 'construct.door']);
    expect(store.getState().story.mode).toBe('tour');
    expect(captions).toContain('Everything is white.');
  });

  it('arriving at a beat that has a view of its own (a deep link), goes on from the stop there, not from the first', () => {
    const view = CONFIG.tourStops[1]!;
    const config: SceneConfig = { ...CONFIG, beatViews: { 'construct.mirror': { position: view.position, yaw: view.yaw } } };
    const { store, pose, play } = harness({ config });
    store.getState().jumpTo(stateAtBeat(FIXTURE_INDEX, 'construct.mirror', 'tour')!);
    // Where the frame loop's arrival at the beat view puts the player.
    placePlayer(pose, view.position, view.yaw);
    play(() => store.getState().tour.stops > 0);
    expect(store.getState().tour.stop).toBe(1);
    play(() => store.getState().story.beat !== 'construct.mirror');
    expect(pose.position.z).toBe(view.position[2]);
  });

  it('fast and at a low frame rate, it still crosses every zone', () => {
    const { store, play, seen } = harness({ speed: 20 });
    play(() => store.getState().story.scene === 'corridor', { fps: 4 });
    expect(seen()).toEqual(['construct.wake', 'construct.mirror', 'construct.turn-away', 'construct.door']);
  });

  it("dwells at a stop while its beat plays, and for the stop's dwell after", () => {
    const { store, pose, play } = harness();
    play(() => store.getState().story.beat !== null);
    const spoken = play(() => store.getState().story.beat === null);
    expect(pose.position.z).toBe(8);
    const lingered = play(() => pose.position.z < 8);
    expect(spoken).toBeGreaterThan(3);
    expect(lingered).toBeGreaterThanOrEqual(1);
    expect(lingered).toBeLessThan(1.3);
  });

  it('flies smoothly: each frame moves a little, never back, and never turns suddenly', () => {
    const { store, pose, play } = harness();
    play(() => store.getState().story.beat !== null);
    play(() => store.getState().story.beat === null);
    let last = pose.position.clone();
    let lastYaw = pose.yaw;
    play(
      () => {
        const step = last.distanceTo(pose.position);
        expect(step).toBeLessThan(0.5);
        expect(pose.position.z).toBeLessThanOrEqual(last.z + 1e-9);
        expect(Math.abs(pose.yaw - lastYaw)).toBeLessThan(0.1);
        last = pose.position.clone();
        lastYaw = pose.yaw;
        return store.getState().story.beat === 'construct.mirror';
      },
      { fps: 30 },
    );
    expect(pose.position.z).toBeLessThan(1.01);
  });

  it('puts the stop it is at into the store for the controls, only when it changes', () => {
    const { store, play } = harness();
    let updates = 0;
    store.subscribe((s, prev) => {
      if (s.tour.stop !== prev.tour.stop || s.tour.stops !== prev.tour.stops) updates += 1;
    });
    play(() => store.getState().story.beat === 'construct.mirror');
    expect(store.getState().tour).toMatchObject({ stop: 1, stops: 3 });
    expect(updates).toBeLessThanOrEqual(2);
  });
});

describe('the viewer at the controls', () => {
  it('pause freezes the camera, the dialogue and the captions; resume goes on', () => {
    const { store, pose, play } = harness();
    play(() => store.getState().story.arrived);
    store.getState().updateTour({ paused: true });
    const before = { story: store.getState().story, at: pose.position.clone() };
    play(() => false, { limit: 30 });
    expect(store.getState().story).toBe(before.story);
    expect(pose.position.equals(before.at)).toBe(true);
    store.getState().updateTour({ paused: false });
    play(() => store.getState().story.line > 0, { limit: 10 });
    expect(store.getState().story.line).toBe(1);
  });

  it('next and previous fly between stops, also while paused, without moving the story on', () => {
    const { store, pose, run, play } = harness();
    play(() => store.getState().story.arrived);
    store.getState().updateTour({ paused: true });
    const line = store.getState().story.line;
    requestStop(run, 1);
    play(() => pose.position.z === 0, { limit: 20 });
    expect(pose.position.toArray()).toEqual([0, 0, 0]);
    expect(store.getState().tour.stop).toBe(1);
    requestStop(run, -1);
    play(() => pose.position.z === 8, { limit: 20 });
    expect(store.getState().tour.stop).toBe(0);
    expect(store.getState().story).toMatchObject({ beat: 'construct.wake', line });
    // Nothing before the first stop.
    requestStop(run, -1);
    play(() => false, { limit: 2 });
    expect(pose.position.toArray()).toEqual([0, 0, 8]);
  });

  it('leaving keeps the pose exactly; taking the tour up again goes on to the stop ahead, at the same beat', () => {
    const { store, pose, run, play } = harness();
    play(() => store.getState().story.beat === null && pose.position.z < 5);
    const left = pose.position.clone();
    store.getState().dispatch({ type: 'set-mode', mode: 'explore' });
    suspendTour(run, tourLinkOf(store));
    expect(pose.position.equals(left)).toBe(true);

    // The visitor walks a little on their own, then asks for the tour again.
    pose.position.z -= 1;
    store.getState().dispatch({ type: 'set-mode', mode: 'tour' });
    const seenBefore = [...store.getState().story.seen];
    play(() => store.getState().story.beat === 'construct.mirror');
    expect(seenBefore).toEqual(['construct.wake']);
    expect(store.getState().tour.stop).toBe(1);
  });

  it('with reduced motion, cuts under a fade instead of flying, and the same zones still fire', () => {
    const { store, pose, play, seen } = harness({ reduceMotion: true });
    play(() => store.getState().story.beat === null);
    const positions = new Set<number>();
    play(() => {
      positions.add(Math.round(pose.position.z * 1000) / 1000);
      return store.getState().story.beat === 'construct.mirror';
    });
    expect([...positions].sort()).toEqual([0, 8]);
    expect(store.getState().tour.cuts).toBe(1);
    play(() => store.getState().story.scene === 'corridor');
    expect(seen()).toContain('construct.door');
  });
});

describe('dialogue and choices with nowhere to fly (the scene is not staged)', () => {
  function atOffer() {
    const h = harness();
    h.store.getState().jumpTo(stateAtBeat(FIXTURE_INDEX, 'corridor.offer', 'tour')!);
    return h;
  }

  it('keeps the camera still, reads on, and takes the canonical choice when nobody chooses', () => {
    const { store, pose, play } = atOffer();
    const still = pose.position.clone();
    const waited = play(() => store.getState().story.beat !== 'corridor.offer');
    expect(store.getState().story.beat).toBe<BeatId>('corridor.taken');
    expect(store.getState().story.chosen).toEqual(['corridor.offer:take']);
    expect(waited).toBeGreaterThan(8);
    expect(pose.position.equals(still)).toBe(true);
  });

  it('honours a choice the viewer makes in time', () => {
    const { store, play } = atOffer();
    play(() => store.getState().story.line === 2);
    play(() => false, { limit: 4 });
    store.getState().dispatch({ type: 'choose', choice: 'refuse' });
    play(() => store.getState().story.ending !== null, { limit: 20 });
    expect(store.getState().story.chosen).toEqual(['corridor.offer:refuse']);
    expect(store.getState().story.ending).toBe('walked-away');
  });
});

describe('in a headset', () => {
  /** The player's own head looks somewhere no stop looks, a little down. */
  function inHeadset(options: { speed?: number; reduceMotion?: boolean } = {}) {
    const h = harness({ ...options, xr: true });
    h.pose.yaw = 0.7;
    h.pose.pitch = -0.2;
    return h;
  }

  it('moves between stops only at black, never turns the head, and the same beats fire', () => {
    const { store, pose, comfort, play, seen } = inHeadset();
    const places = new Set<string>();
    let last = pose.position.clone();
    let fades = 0;
    let wasClear = true;
    play(() => {
      if (!last.equals(pose.position)) {
        // The move ran at the fade's black point, inside this frame.
        expect(comfort.fade).toBe(1);
        last = pose.position.clone();
      }
      if (wasClear && comfort.phase === 'out') fades += 1;
      wasClear = comfort.phase === 'clear';
      places.add(pose.position.toArray().join(','));
      expect(pose.yaw).toBe(0.7);
      expect(pose.pitch).toBe(-0.2);
      return store.getState().story.scene === 'corridor';
    });
    expect(seen()).toEqual(['construct.wake', 'construct.mirror', 'construct.turn-away', 'construct.door']);
    // Only the stops themselves: nothing in between is ever shown.
    expect([...places]).toEqual(['0,0,8', '0,0,0', '6,0,0']);
    expect(fades).toBe(2);
    // The desktop's veil is not asked for: the headset has its own fade.
    expect(store.getState().tour.cuts).toBe(0);
  });

  it('fast, the fade keeps its own pace and the zones on the way still fire', () => {
    const { store, pose, play, seen } = inHeadset({ speed: 20 });
    play(() => store.getState().story.scene === 'corridor', { fps: 4 });
    expect(seen()).toEqual(['construct.wake', 'construct.mirror', 'construct.turn-away', 'construct.door']);
    expect(pose.yaw).toBe(0.7);
  });

  it('next while paused fades to the next stop; the story stays where it is', () => {
    const { store, pose, run, comfort, play } = inHeadset();
    play(() => store.getState().story.arrived);
    store.getState().updateTour({ paused: true });
    const { beat, line } = store.getState().story;
    requestStop(run, 1);
    play(() => comfort.phase !== 'clear', { limit: 1 });
    expect(pose.position.toArray()).toEqual([0, 0, 8]);
    play(() => pose.position.z === 0, { limit: 2 });
    expect(pose.position.toArray()).toEqual([0, 0, 0]);
    expect(pose.yaw).toBe(0.7);
    expect(store.getState().story).toMatchObject({ beat, line });
  });

  it('a flight under way when the headset comes on ends as a cut from where the player is', () => {
    const { store, pose, frame, comfort, play } = harness();
    play(() => store.getState().story.beat !== null);
    play(() => store.getState().story.beat === null);
    play(() => pose.position.z < 6);
    frame.xr = true;
    pose.yaw = 2;
    const from = pose.position.z;
    play(() => comfort.phase !== 'clear', { limit: 1 });
    expect(pose.position.z).toBe(from);
    play(() => pose.position.z === 0, { limit: 2 });
    expect(pose.yaw).toBe(2);
    expect(store.getState().story.beat).toBe('construct.mirror');
  });
});
