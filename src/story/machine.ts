import type { ScriptIndex } from './script-index';
import type { BeatId, EndingId, ItemId, Mode, SceneId, Target, Trigger } from './types';

/**
 * The story machine: a pure function of (state, event). No timers, no clocks of its own:
 * time arrives as `tick` events, places as `enter` / `leave`, deeds as `act`.
 */
export interface StoryState {
  /** null on the title screen, before Start. */
  mode: Mode | null;
  scene: SceneId;
  /** The scene has been staged and its scene-start triggers have fired. */
  arrived: boolean;
  beat: BeatId | null;
  /** Index of the current line in the current beat. */
  line: number;
  /** Beats started, in order: the path the player took. */
  seen: BeatId[];
  /** Choices made, as `beatId:choiceId`. */
  chosen: string[];
  inventory: ItemId[];
  ending: EndingId | null;
  /** Trigger zones whose region the player stands in (a zone's region may reach on beyond it). */
  zones: string[];
  /**
   * Beats of crossing triggers (`enter`, `leave`) whose crossing came while a beat played: they
   * fire as soon as the story is free, if still open.
   */
  owed: BeatId[];
  /** Seconds since the scene was staged. */
  clock: number;
}

export type StoryEvent =
  | { type: 'start'; mode: Mode }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'arrive'; scene: SceneId }
  | { type: 'enter'; zone: string }
  | { type: 'leave'; zone: string }
  | { type: 'act'; action: string }
  | { type: 'tick'; seconds: number }
  | { type: 'advance' }
  | { type: 'choose'; choice: string }
  | { type: 'restart' };

export const INITIAL_STORY_STATE: StoryState = {
  mode: null,
  scene: 'title',
  arrived: false,
  beat: null,
  line: 0,
  seen: [],
  chosen: [],
  inventory: [],
  ending: null,
  zones: [],
  owed: [],
  clock: 0,
};

export function stepStory(index: ScriptIndex, state: StoryState, event: StoryEvent): StoryState {
  if (state.ending && event.type !== 'restart' && event.type !== 'set-mode') return state;
  const next = reduce(index, state, event);
  // Held conditions are looked at after every change, so none waits on a lucky frame.
  return next === state ? state : fireHeld(index, next);
}

function reduce(index: ScriptIndex, state: StoryState, event: StoryEvent): StoryState {
  switch (event.type) {
    case 'start':
      return goTo(index, { ...INITIAL_STORY_STATE, mode: event.mode }, { scene: index.script.firstScene });
    case 'set-mode':
      // On the title there is no walk to switch: Start or Continue chooses the mode.
      return state.mode === null || state.mode === event.mode ? state : { ...state, mode: event.mode };
    case 'restart':
      return INITIAL_STORY_STATE;
    case 'arrive':
      if (event.scene !== state.scene || state.arrived) return state;
      return { ...state, arrived: true, clock: 0, zones: [], owed: [] };
    case 'enter':
      if (!state.arrived || state.zones.includes(event.zone)) return state;
      return cross(index, { ...state, zones: [...state.zones, event.zone] }, 'enter', event.zone);
    case 'leave':
      if (!state.zones.includes(event.zone)) return state;
      return cross(index, { ...state, zones: state.zones.filter((z) => z !== event.zone) }, 'leave', event.zone);
    case 'act':
      if (!state.arrived) return state;
      return fire(index, state, ({ on }) => on.type === 'action' && on.action === event.action);
    case 'tick':
      if (!state.arrived || !Number.isFinite(event.seconds) || event.seconds <= 0) return state;
      return { ...state, clock: state.clock + event.seconds };
    case 'advance':
      return advance(index, state);
    case 'choose':
      return choose(index, state, event.choice);
  }
}

/** The line on screen and whether the choices are offered (only after the beat's last line). */
export function isChoosing(index: ScriptIndex, state: StoryState): boolean {
  const beat = state.beat && index.beat(state.beat);
  return !!beat?.choices?.length && state.line >= beat.lines.length - 1;
}

function advance(index: ScriptIndex, state: StoryState): StoryState {
  const beat = state.beat && index.beat(state.beat);
  if (!beat) return state;
  if (state.line < beat.lines.length - 1) return { ...state, line: state.line + 1 };
  if (beat.choices?.length) return state;
  return goTo(index, state, beat.then ?? { roam: true });
}

function choose(index: ScriptIndex, state: StoryState, choiceId: string): StoryState {
  const beat = state.beat && index.beat(state.beat);
  const choice = beat?.choices?.find((c) => c.id === choiceId);
  if (!beat || !choice || !isChoosing(index, state)) return state;
  const inventory = changeInventory(state.inventory, choice.gives, choice.takes);
  return goTo(index, { ...state, inventory, chosen: [...state.chosen, `${beat.id}:${choice.id}`] }, choice.to);
}

export function goTo(index: ScriptIndex, state: StoryState, target: Target): StoryState {
  if ('beat' in target) return startBeat(index, state, target.beat);
  if ('ending' in target) return { ...state, beat: null, line: 0, ending: target.ending };
  if ('scene' in target) return { ...state, scene: target.scene, arrived: false, beat: null, line: 0, zones: [], owed: [], clock: 0 };
  return fireHeld(index, { ...state, beat: null, line: 0 });
}

export function startBeat(index: ScriptIndex, state: StoryState, id: BeatId): StoryState {
  const beat = index.beat(id);
  if (!beat) return state;
  return {
    ...state,
    beat: id,
    line: 0,
    seen: [...state.seen, id],
    owed: state.owed.filter((owed) => owed !== id),
    inventory: changeInventory(state.inventory, beat.gives, beat.takes),
  };
}

function changeInventory(items: readonly ItemId[], gives: readonly ItemId[] = [], takes: readonly ItemId[] = []): ItemId[] {
  const kept = items.filter((item) => !takes.includes(item));
  return [...kept, ...gives.filter((item) => !kept.includes(item))];
}

/** Whether the story allows a trigger now: its beat unseen, its `after` seen, its `unless` not. */
export function isTriggerOpen(state: StoryState, trigger: Trigger): boolean {
  if (state.seen.includes(trigger.beat)) return false;
  if (trigger.after?.some((b) => !state.seen.includes(b))) return false;
  return !trigger.unless?.some((b) => state.seen.includes(b));
}

function isEligible(state: StoryState, trigger: Trigger): boolean {
  return isTriggerOpen(state, trigger) && (state.beat === null || trigger.interrupts === true);
}

/** Fires the first eligible trigger that matches. */
function fire(index: ScriptIndex, state: StoryState, matches: (trigger: Trigger) => boolean): StoryState {
  const trigger = index.triggers(state.scene).find((t) => matches(t) && isEligible(state, t));
  return trigger ? startBeat(index, state, trigger.beat) : state;
}

/**
 * A crossing fires the crossing triggers it matches (a place reached is held, and fires with the
 * other held conditions). One that is open but cannot start now (a beat plays) is owed, not lost.
 */
function cross(index: ScriptIndex, state: StoryState, type: 'enter' | 'leave', zone: string): StoryState {
  const crosses = (t: Trigger) => t.on.type === type && t.on.zone === zone;
  const fired = fire(index, state, crosses);
  const owed = index
    .triggers(state.scene)
    .filter((t) => crosses(t) && isTriggerOpen(fired, t) && !fired.owed.includes(t.beat))
    .map((t) => t.beat);
  return owed.length > 0 ? { ...fired, owed: [...fired.owed, ...owed] } : fired;
}

/**
 * Conditions that hold over time fire once the story is free (or at once, for a trigger that
 * interrupts): the scene's start, a zone reached, a time passed, a crossing owed.
 */
function fireHeld(index: ScriptIndex, state: StoryState): StoryState {
  if (!state.arrived || state.ending) return state;
  return fire(index, state, ({ on, beat }) => {
    if (on.type === 'scene-start') return true;
    if (on.type === 'reach') return state.zones.includes(on.zone);
    if (on.type === 'time') return state.clock >= on.at;
    if (on.type === 'enter' || on.type === 'leave') return state.owed.includes(beat);
    return false;
  });
}
