import { describe, expect, it } from 'vitest';
import { INITIAL_STORY_STATE, isChoosing, stepStory, type StoryEvent, type StoryState } from './machine';
import { FIXTURE_INDEX } from './test-fixture';

const step = (state: StoryState, event: StoryEvent) => stepStory(FIXTURE_INDEX, state, event);
const run = (state: StoryState, ...events: StoryEvent[]) => events.reduce(step, state);

const START: StoryEvent = { type: 'start', mode: 'explore' };
const ADVANCE: StoryEvent = { type: 'advance' };
const enter = (zone: string): StoryEvent => ({ type: 'enter', zone });
const leave = (zone: string): StoryEvent => ({ type: 'leave', zone });
const act = (action: string): StoryEvent => ({ type: 'act', action });
const tick = (seconds: number): StoryEvent => ({ type: 'tick', seconds });
const choose = (choice: string): StoryEvent => ({ type: 'choose', choice });
const arrive = (scene: StoryState['scene']): StoryEvent => ({ type: 'arrive', scene });

/** In the construct, the wake-up beat played through: Neo walks freely. */
const roamingConstruct = () => run(INITIAL_STORY_STATE, START, arrive('construct'), ADVANCE, ADVANCE);
/** The corridor, its offer on its first line. */
const atOffer = () => run(roamingConstruct(), enter('construct.mirror'), ADVANCE, act('construct.door'), ADVANCE, arrive('corridor'));
/** The offer on its last line: the choices are on screen. */
const choosingOffer = () => run(atOffer(), ADVANCE, ADVANCE);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('start and arrival', () => {
  it('start goes to the first scene and waits for it to be staged', () => {
    const s = step(INITIAL_STORY_STATE, START);
    expect(s).toMatchObject({ mode: 'explore', scene: 'construct', arrived: false, beat: null, seen: [], ending: null });
  });

  it('nothing happens in a scene before it arrives', () => {
    const s = step(INITIAL_STORY_STATE, START);
    expect(step(s, enter('construct.mirror'))).toBe(s);
    expect(step(s, act('construct.door'))).toBe(s);
    expect(step(s, tick(30))).toBe(s);
    expect(step(s, arrive('corridor'))).toBe(s);
  });

  it('a resumed walk ignores actions until its scene arrives again', () => {
    const roaming = run(roamingConstruct(), enter('construct.mirror'), ADVANCE);
    // What the store makes of a saved walk: the same story, its scene not yet staged.
    const resumed: StoryState = { ...roaming, arrived: false, zones: [], clock: 0 };
    expect(step(resumed, act('construct.door'))).toBe(resumed);
    expect(step(roaming, act('construct.door')).beat).toBe('construct.door');
  });

  it('arrive fires the scene-start trigger once', () => {
    const s = run(INITIAL_STORY_STATE, START, arrive('construct'));
    expect(s).toMatchObject({ arrived: true, beat: 'construct.wake', line: 0, seen: ['construct.wake'], clock: 0 });
    expect(step(s, arrive('construct'))).toBe(s);
  });
});

describe('lines and choices', () => {
  it('advance walks through the lines, then follows `then` (roam frees the player)', () => {
    const first = run(INITIAL_STORY_STATE, START, arrive('construct'));
    const second = step(first, ADVANCE);
    expect(second).toMatchObject({ beat: 'construct.wake', line: 1 });
    expect(step(second, ADVANCE)).toMatchObject({ beat: null, line: 0, scene: 'construct' });
  });

  it('advance with no beat playing changes nothing', () => {
    const s = roamingConstruct();
    expect(step(s, ADVANCE)).toBe(s);
  });

  it('offers the choices only after the last line', () => {
    let s = atOffer();
    expect(s.beat).toBe('corridor.offer');
    expect(isChoosing(FIXTURE_INDEX, s)).toBe(false);
    expect(step(s, choose('take'))).toBe(s);
    s = step(s, ADVANCE);
    expect(isChoosing(FIXTURE_INDEX, s)).toBe(false);
    expect(step(s, choose('take'))).toBe(s);
    s = step(s, ADVANCE);
    expect(s.line).toBe(2);
    expect(isChoosing(FIXTURE_INDEX, s)).toBe(true);
  });

  it('does not leave a choice by advancing past it, and ignores unknown choices', () => {
    const s = choosingOffer();
    expect(step(s, ADVANCE)).toBe(s);
    expect(step(s, choose('nope'))).toBe(s);
    expect(step(s, choose('refuse-it'))).toBe(s);
  });

  it('a choice records itself and goes where it leads', () => {
    const s = step(choosingOffer(), choose('take'));
    expect(s.chosen).toEqual(['corridor.offer:take']);
    expect(s).toMatchObject({ beat: 'corridor.taken', line: 0 });
    expect(s.seen.at(-1)).toBe('corridor.taken');
  });

  it('a beat that leads to a scene waits for that scene to arrive', () => {
    const s = run(choosingOffer(), choose('take'), ADVANCE);
    expect(s).toMatchObject({ scene: 'beach', arrived: false, beat: null, zones: [], clock: 0 });
    expect(step(s, arrive('beach'))).toMatchObject({ beat: 'beach.shore', arrived: true });
  });
});

describe('items', () => {
  it('a beat gives items when it starts', () => {
    expect(run(INITIAL_STORY_STATE, START, arrive('construct')).inventory).toEqual(['phone']);
  });

  it('a choice gives and takes, then its beat gives', () => {
    const s = step(choosingOffer(), choose('take'));
    // take: +red-pill -phone; corridor.taken: +chip
    expect(s.inventory).toEqual(['red-pill', 'chip']);
  });

  it('the other choice gives, then its beat takes', () => {
    const s = step(choosingOffer(), choose('refuse'));
    expect(s.beat).toBe('corridor.refused');
    // refuse: +blue-pill; corridor.refused: -phone
    expect(s.inventory).toEqual(['blue-pill']);
  });

  it('giving an item already held does not duplicate it', () => {
    const s = run(choosingOffer(), choose('take'), ADVANCE, arrive('beach'));
    expect(s.beat).toBe('beach.shore');
    expect(s.inventory).toEqual(['red-pill', 'chip']);
  });
});

describe('zones', () => {
  it('entering a zone fires its beat once, and standing in it never fires again', () => {
    let s = step(roamingConstruct(), enter('construct.mirror'));
    expect(s).toMatchObject({ beat: 'construct.mirror', zones: ['construct.mirror'] });
    s = step(s, ADVANCE);
    expect(s.beat).toBeNull();
    const still = s;
    // A driver that reports the zone every frame must not change anything.
    for (let frame = 0; frame < 60; frame += 1) s = step(s, enter('construct.mirror'));
    expect(s).toBe(still);
  });

  it('leaving fires a leave trigger once; re-entering does not replay the seen beat', () => {
    let s = run(roamingConstruct(), enter('construct.mirror'), ADVANCE, leave('construct.mirror'));
    expect(s).toMatchObject({ beat: 'construct.turn-away', zones: [] });
    s = step(s, ADVANCE);
    expect(s.beat).toBeNull();
    s = step(s, enter('construct.mirror'));
    expect(s).toMatchObject({ beat: null, zones: ['construct.mirror'] });
    s = step(s, leave('construct.mirror'));
    expect(s).toMatchObject({ beat: null, zones: [] });
    expect(s.seen.filter((b) => b === 'construct.mirror')).toHaveLength(1);
    expect(s.seen.filter((b) => b === 'construct.turn-away')).toHaveLength(1);
  });

  it('leaving a zone the player is not in changes nothing', () => {
    const s = roamingConstruct();
    expect(step(s, leave('construct.mirror'))).toBe(s);
  });

  it('a zone entered while a beat plays fires when that beat ends', () => {
    let s = run(INITIAL_STORY_STATE, START, arrive('construct'), enter('construct.mirror'));
    expect(s).toMatchObject({ beat: 'construct.wake', zones: ['construct.mirror'] });
    s = run(s, ADVANCE, ADVANCE);
    expect(s.beat).toBe('construct.mirror');
  });

  it('a zone entered and left while a beat plays does not fire afterwards', () => {
    const s = run(INITIAL_STORY_STATE, START, arrive('construct'), enter('construct.mirror'), leave('construct.mirror'), ADVANCE, ADVANCE);
    expect(s.beat).toBeNull();
    expect(s.seen).toEqual(['construct.wake']);
  });
});

describe('triggers that cannot be lost', () => {
  it('a place reached while a beat plays fires once the beat ends, wherever past it the player has gone', () => {
    // The zone system keeps a reached place in `zones` while the player is beyond it.
    let s = run(INITIAL_STORY_STATE, START, arrive('construct'), ADVANCE, enter('construct.mirror'));
    expect(s).toMatchObject({ beat: 'construct.wake', line: 1 });
    s = step(s, ADVANCE);
    expect(s.beat).toBe('construct.mirror');
  });

  it('a crossing made while a beat plays is owed, and fires when the story is free', () => {
    let s = step(roamingConstruct(), enter('construct.mirror'));
    expect(s.beat).toBe('construct.mirror');
    s = step(s, leave('construct.mirror'));
    expect(s).toMatchObject({ beat: 'construct.mirror', owed: ['construct.turn-away'] });
    s = step(s, ADVANCE);
    expect(s).toMatchObject({ beat: 'construct.turn-away', owed: [] });
  });

  it('a crossing made before its trigger opened is not owed', () => {
    const s = run(INITIAL_STORY_STATE, START, arrive('construct'), enter('construct.mirror'), leave('construct.mirror'));
    expect(s.owed).toEqual([]);
  });

  it('owed crossings belong to their visit: a new arrival forgets them', () => {
    const s = run(roamingConstruct(), enter('construct.mirror'), leave('construct.mirror'));
    expect(s.owed).toEqual(['construct.turn-away']);
    // Staged afresh (a jump, a resumed walk) with the crossing still on record: the arrival drops it.
    const restaged: StoryState = { ...s, beat: null, arrived: false };
    expect(step(restaged, arrive('construct'))).toMatchObject({ owed: [], beat: null, zones: [] });
  });
});

describe('conditions and interruptions', () => {
  it('`after`: a trigger waits until its beats have been seen', () => {
    const s = roamingConstruct();
    expect(step(s, act('construct.door'))).toBe(s);
    const done = run(s, enter('construct.mirror'), ADVANCE, act('construct.door'));
    expect(done.beat).toBe('construct.door');
  });

  it('`unless`: a trigger closes once its beats have been seen', () => {
    expect(run(roamingConstruct(), tick(10)).beat).toBe('construct.echo');
    const afterMirror = run(roamingConstruct(), enter('construct.mirror'), ADVANCE, tick(10));
    expect(afterMirror.beat).toBeNull();
    expect(afterMirror.seen).not.toContain('construct.echo');
  });

  it('a trigger without `interrupts` does not cut into a playing beat', () => {
    const s = step(roamingConstruct(), enter('construct.mirror'));
    expect(s.beat).toBe('construct.mirror');
    expect(step(s, act('construct.door'))).toBe(s);
  });

  it('`interrupts` cuts into a playing beat', () => {
    let s = step(atOffer(), enter('corridor.hall'));
    expect(s.beat).toBe('corridor.offer');
    s = run(s, ADVANCE, leave('corridor.hall'));
    expect(s).toMatchObject({ beat: 'corridor.flee', line: 0, zones: [] });
    expect(step(s, ADVANCE).ending).toBe('walked-away');
  });

  it('an interrupting trigger closed by `unless` stays closed', () => {
    const s = run(choosingOffer(), enter('corridor.hall'), choose('take'), leave('corridor.hall'));
    expect(s.beat).toBe('corridor.taken');
    expect(s.seen).not.toContain('corridor.flee');
  });
});

describe('time', () => {
  it('a time trigger fires when the scene clock reaches it', () => {
    let s = run(roamingConstruct(), tick(4), tick(5));
    expect(s).toMatchObject({ clock: 9, beat: null });
    s = step(s, tick(1));
    expect(s).toMatchObject({ clock: 10, beat: 'construct.echo' });
  });

  it('time passing during a beat fires when the beat ends', () => {
    let s = run(INITIAL_STORY_STATE, START, arrive('construct'), tick(12));
    expect(s).toMatchObject({ beat: 'construct.wake', clock: 12 });
    s = run(s, ADVANCE, ADVANCE);
    expect(s.beat).toBe('construct.echo');
  });

  it('ignores ticks before arrival and ticks that are not positive numbers', () => {
    const before = step(INITIAL_STORY_STATE, START);
    expect(step(before, tick(20))).toBe(before);
    const s = roamingConstruct();
    expect(step(s, tick(-5))).toBe(s);
    expect(step(s, tick(0))).toBe(s);
    expect(step(s, tick(Number.NaN))).toBe(s);
  });

  it('the clock starts again at each arrival', () => {
    const s = run(roamingConstruct(), tick(3), enter('construct.mirror'), ADVANCE, act('construct.door'), ADVANCE);
    expect(s.clock).toBe(0);
    expect(step(s, arrive('corridor')).clock).toBe(0);
  });
});

describe('endings and restart', () => {
  const ended = () => run(choosingOffer(), choose('take'), ADVANCE, arrive('beach'), ADVANCE, ADVANCE);

  it('the canonical path ends in its ending', () => {
    expect(ended()).toMatchObject({ ending: 'found', beat: null });
  });

  it('an ending freezes the story: every event but restart is ignored', () => {
    const s = ended();
    const events: StoryEvent[] = [START, ADVANCE, arrive('beach'), arrive('construct'), enter('beach.sea'), leave('beach.sea'), act('construct.door'), tick(100), choose('take')];
    for (const event of events) expect(step(s, event)).toBe(s);
  });

  it('restart returns the initial state, from an ending or mid-walk', () => {
    expect(step(ended(), { type: 'restart' })).toEqual(INITIAL_STORY_STATE);
    expect(step(choosingOffer(), { type: 'restart' })).toEqual(INITIAL_STORY_STATE);
  });

  it('set-mode switches the mode and keeps the walk', () => {
    const s = atOffer();
    const xr = step(s, { type: 'set-mode', mode: 'xr' });
    expect(xr).toEqual({ ...s, mode: 'xr' });
    expect(step(xr, { type: 'set-mode', mode: 'xr' })).toBe(xr);
  });

  it('set-mode on the title is ignored: there is no walk to switch yet', () => {
    expect(step(INITIAL_STORY_STATE, { type: 'set-mode', mode: 'xr' })).toBe(INITIAL_STORY_STATE);
  });
});

describe('purity', () => {
  it('never mutates the state it is given, nor the shared initial state', () => {
    const events: StoryEvent[] = [
      START,
      tick(2),
      arrive('construct'),
      enter('construct.mirror'),
      tick(20),
      ADVANCE,
      ADVANCE,
      ADVANCE,
      leave('construct.mirror'),
      ADVANCE,
      act('construct.door'),
      ADVANCE,
      arrive('corridor'),
      enter('corridor.hall'),
      choose('take'),
      ADVANCE,
      ADVANCE,
      choose('take'),
      ADVANCE,
      arrive('beach'),
      { type: 'set-mode', mode: 'tour' },
      ADVANCE,
      ADVANCE,
    ];
    const pristine = structuredClone(INITIAL_STORY_STATE);
    // Frozen everywhere: a write anywhere throws in strict mode, so no mutation goes unnoticed.
    let state = deepFreeze(INITIAL_STORY_STATE);
    for (const event of events) {
      const snapshot = structuredClone(state);
      const next = step(state, event);
      expect(state).toEqual(snapshot);
      state = deepFreeze(next);
    }
    // The walk really went everywhere, so every kind of step was exercised on frozen input.
    expect(state).toMatchObject({ ending: 'found', mode: 'tour', chosen: ['corridor.offer:take'] });
    expect(state.seen).toEqual(['construct.wake', 'construct.mirror', 'construct.turn-away', 'construct.door', 'corridor.offer', 'corridor.taken', 'beach.shore']);
    expect(step(state, { type: 'restart' })).toEqual(pristine);
    expect(INITIAL_STORY_STATE).toEqual(pristine);
  });
});
