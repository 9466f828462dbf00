import { describe, expect, it } from 'vitest';
import { stateAtBeat, stateAtScene } from './deep-link';
import { stepStory } from './machine';
import { FIXTURE_INDEX } from './test-fixture';
import type { BeatId, SceneId } from './types';

const CONSTRUCT_PATH: BeatId[] = ['construct.wake', 'construct.mirror', 'construct.door'];

describe('stateAtScene', () => {
  it('the first scene: nothing seen, nothing carried, waiting to arrive', () => {
    expect(stateAtScene(FIXTURE_INDEX, 'construct')).toMatchObject({
      mode: 'explore',
      scene: 'construct',
      arrived: false,
      beat: null,
      seen: [],
      inventory: [],
      ending: null,
    });
  });

  it('a later scene carries what the canonical path gave and saw', () => {
    expect(stateAtScene(FIXTURE_INDEX, 'corridor')).toMatchObject({
      scene: 'corridor',
      arrived: false,
      beat: null,
      seen: CONSTRUCT_PATH,
      chosen: [],
      inventory: ['phone'],
    });
    expect(stateAtScene(FIXTURE_INDEX, 'beach')).toMatchObject({
      scene: 'beach',
      arrived: false,
      seen: [...CONSTRUCT_PATH, 'corridor.offer', 'corridor.taken'],
      chosen: ['corridor.offer:take'],
      inventory: ['red-pill', 'chip'],
    });
  });

  it('takes the mode it is given', () => {
    expect(stateAtScene(FIXTURE_INDEX, 'corridor', 'tour')?.mode).toBe('tour');
  });

  it('lands on a live state: arriving plays the scene as a player would see it', () => {
    const at = stateAtScene(FIXTURE_INDEX, 'corridor');
    expect(at).not.toBeNull();
    const arrived = stepStory(FIXTURE_INDEX, at!, { type: 'arrive', scene: 'corridor' });
    expect(arrived).toMatchObject({ arrived: true, beat: 'corridor.offer', line: 0 });
  });

  it('returns null for the title and for scenes the script does not have', () => {
    expect(stateAtScene(FIXTURE_INDEX, 'title')).toBeNull();
    expect(stateAtScene(FIXTURE_INDEX, 'interlude')).toBeNull();
    expect(stateAtScene(FIXTURE_INDEX, 'nowhere' as SceneId)).toBeNull();
  });
});

describe('stateAtBeat', () => {
  it('a beat on the canonical path: on its first line, with the path behind it', () => {
    expect(stateAtBeat(FIXTURE_INDEX, 'construct.door')).toMatchObject({
      scene: 'construct',
      arrived: true,
      beat: 'construct.door',
      line: 0,
      seen: CONSTRUCT_PATH,
      inventory: ['phone'],
    });
    expect(stateAtBeat(FIXTURE_INDEX, 'corridor.taken')).toMatchObject({
      scene: 'corridor',
      beat: 'corridor.taken',
      line: 0,
      seen: [...CONSTRUCT_PATH, 'corridor.offer', 'corridor.taken'],
      chosen: ['corridor.offer:take'],
      inventory: ['red-pill', 'chip'],
    });
  });

  it('a beat with choices is reached on its first line, not yet choosing', () => {
    expect(stateAtBeat(FIXTURE_INDEX, 'corridor.offer')).toMatchObject({ beat: 'corridor.offer', line: 0, chosen: [] });
  });

  it('a beat a non-canonical choice leads to is reached through that choice, with what came before it', () => {
    const refused = stateAtBeat(FIXTURE_INDEX, 'corridor.refused');
    expect(refused).toMatchObject({
      scene: 'corridor',
      arrived: true,
      beat: 'corridor.refused',
      line: 0,
      seen: [...CONSTRUCT_PATH, 'corridor.offer', 'corridor.refused'],
      chosen: ['corridor.offer:refuse'],
      // The canonical path gave the phone and the choice the blue pill; the beat itself takes the phone.
      inventory: ['blue-pill'],
      ending: null,
    });
    expect(stepStory(FIXTURE_INDEX, refused!, { type: 'advance' }).ending).toBe('walked-away');
  });

  it('a beat off the canonical path that no choice leads to is started once its scene is reached', () => {
    // An interrupting beat and a leave beat are never on the canonical path either.
    expect(stateAtBeat(FIXTURE_INDEX, 'corridor.flee')).toMatchObject({ beat: 'corridor.flee', seen: [...CONSTRUCT_PATH, 'corridor.flee'] });
    expect(stateAtBeat(FIXTURE_INDEX, 'construct.turn-away')).toMatchObject({ scene: 'construct', arrived: true, beat: 'construct.turn-away' });
  });

  it('returns null for unknown beats and for title beats', () => {
    expect(stateAtBeat(FIXTURE_INDEX, 'corridor.nope')).toBeNull();
    expect(stateAtBeat(FIXTURE_INDEX, 'interlude.anything')).toBeNull();
    // title.prologue exists in the fixture: it is the title rule, not a missing beat, that keeps it out.
    expect(stateAtBeat(FIXTURE_INDEX, 'title.prologue')).toBeNull();
  });
});
