import { ENDING_IDS, SCENE_IDS } from './types';
import type { Beat, BeatId, Choice, ItemId, SceneId, StoryScript, Target, Trigger } from './types';

type BeatIndex = Map<BeatId, { beat: Beat; scene: SceneId }>;

/**
 * Checks the story script as data; returns human-readable problems (none: valid). First the structure
 * (ids, references, choice sets); then, walking every path a player can take, that every beat and
 * ending is reached, that no path strands the player, and that an item is held wherever it is taken.
 */
export function validateScript(script: StoryScript): string[] {
  const entries = script.scenes.flatMap(({ scene, beats }) => beats.map((beat) => [beat.id, { beat, scene }] as const));
  const index: BeatIndex = new Map(entries);
  const problems = [...checkScenes(script), ...checkBeats(script, index), ...checkTriggers(script, index)];
  // Walking the story only makes sense once every reference resolves.
  return problems.length > 0 ? problems : checkFlow(script, index);
}

function checkScenes(script: StoryScript): string[] {
  const problems = SCENE_IDS.flatMap((id) => {
    const count = script.scenes.filter((s) => s.scene === id).length;
    return count === 1 ? [] : [`Scene "${id}" appears ${count} times; it must appear exactly once.`];
  });
  if (script.scenes[0]?.scene !== 'title') problems.push('The first scene must be the title.');
  const badEndings = ENDING_IDS.filter((id) => script.endings[id]?.id !== id);
  return [...problems, ...badEndings.map((id) => `Ending "${id}" is missing or has the wrong id.`)];
}

function checkBeats(script: StoryScript, index: BeatIndex): string[] {
  const ids = script.scenes.flatMap(({ beats }) => beats.map((beat) => beat.id));
  const repeated = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
  const problems = [...repeated].map((id) => `Beat id "${id}" is used more than once.`);
  for (const { scene, beats } of script.scenes) {
    for (const beat of beats) {
      if (!beat.id.startsWith(`${scene}.`)) problems.push(`Beat "${beat.id}" is not namespaced by scene "${scene}".`);
      if (beat.lines.length === 0) problems.push(`Beat "${beat.id}" has no lines.`);
      problems.push(...checkExits(beat, scene, index));
    }
  }
  return problems;
}

function checkExits(beat: Beat, scene: SceneId, index: BeatIndex): string[] {
  const where = `Beat "${beat.id}"`;
  if (!beat.choices) return checkTarget(beat.then, `${where} (then)`, scene, index);
  const canonical = beat.choices.filter((c) => c.canonical).length;
  const problems = canonical === 1 ? [] : [`${where} has ${canonical} canonical choices; it needs exactly one.`];
  const ids = new Set(beat.choices.map((c) => c.id));
  if (ids.size !== beat.choices.length) problems.push(`${where} has two choices with the same id.`);
  return [...problems, ...beat.choices.flatMap((c) => checkTarget(c.to, `${where}, choice "${c.id}"`, scene, index))];
}

function checkTarget(to: Target | undefined, where: string, scene: SceneId, index: BeatIndex): string[] {
  if (!to) return [`${where} has no target.`];
  if ('beat' in to) {
    const owner = index.get(to.beat)?.scene;
    if (!owner) return [`${where} leads to beat "${to.beat}", which does not exist.`];
    return owner === scene ? [] : [`${where} leads to beat "${to.beat}" of another scene.`];
  }
  if ('scene' in to) return SCENE_IDS.includes(to.scene) ? [] : [`${where} leads to unknown scene "${to.scene}".`];
  if ('ending' in to) return ENDING_IDS.includes(to.ending) ? [] : [`${where} leads to unknown ending "${to.ending}".`];
  return to.roam === true ? [] : [`${where} has no valid target.`];
}

function checkTriggers(script: StoryScript, index: BeatIndex): string[] {
  return script.scenes.flatMap(({ scene, triggers }) =>
    triggers.flatMap((t) => {
      const where = `The ${t.on.type} trigger of "${t.beat}"`;
      const owner = index.get(t.beat)?.scene;
      const problems = !owner ? [`${where} fires a beat that does not exist.`] : [];
      if (owner && owner !== scene) problems.push(`${where} is in scene "${scene}" but fires a beat of "${owner}".`);
      const missing = [...(t.after ?? []), ...(t.unless ?? [])].filter((id) => !index.has(id));
      problems.push(...missing.map((id) => `${where} depends on beat "${id}", which does not exist.`));
      const name = 'zone' in t.on ? t.on.zone : 'action' in t.on ? t.on.action : `${scene}.`;
      if (!name.startsWith(`${scene}.`)) problems.push(`${where} uses "${name}", not namespaced by "${scene}".`);
      return problems;
    }),
  );
}

/** Where the player is (a beat, 'roam' in a scene, or 'ending:<id>'), what they have seen and what they hold. */
interface State {
  at: string;
  scene: SceneId;
  seen: ReadonlySet<BeatId>;
  items: ReadonlySet<ItemId>;
}
const keyOf = (s: State) => `${s.at}@${s.scene}|${[...s.seen].sort().join()}|${[...s.items].sort().join()}`;
const atOf = (key: string) => key.slice(0, key.indexOf('@'));
const eligible = (s: State, t: Trigger) => !s.seen.has(t.beat) && (t.after ?? []).every((b) => s.seen.has(b)) && !(t.unless ?? []).some((b) => s.seen.has(b));

/** Walks every state the player can reach, from the title's scene-start beats. */
function checkFlow(script: StoryScript, index: BeatIndex): string[] {
  const [takenHeld, takenUnheld] = [new Set<string>(), new Set<string>()]; // 'X takes "item"', per path
  const withItems = (s: State, where: string, gives: ItemId[] = [], takes: ItemId[] = []): State => {
    const items = new Set(s.items);
    for (const item of takes) (items.delete(item) ? takenHeld : takenUnheld).add(`${where} takes "${item}"`);
    return { ...s, items: new Set([...items, ...gives]) };
  };
  const triggers = (scene: SceneId) => script.scenes.find((s) => s.scene === scene)?.triggers ?? [];
  const enter = (s: State, id: BeatId): State => {
    const { beat, scene } = index.get(id)!;
    const entered = { at: id, scene, seen: new Set([...s.seen, id]), items: s.items };
    return withItems(entered, `Beat "${id}"`, beat.gives, beat.takes);
  };
  const follow = (s: State, to: Target): State[] => {
    if ('beat' in to) return [enter(s, to.beat)];
    if ('ending' in to) return [{ ...s, at: `ending:${to.ending}` }];
    if ('roam' in to) return [{ ...s, at: 'roam' }];
    const arrived: State = { ...s, at: 'roam', scene: to.scene };
    const starts = triggers(to.scene).filter((t) => t.on.type === 'scene-start' && eligible(arrived, t));
    return starts.length > 0 ? starts.map((t) => enter(arrived, t.beat)) : [arrived];
  };
  const next = (s: State): State[] => {
    if (s.at.startsWith('ending:')) return [];
    const fired = triggers(s.scene)
      .filter((t) => eligible(s, t) && (s.at === 'roam' || t.interrupts === true))
      .map((t) => enter(s, t.beat));
    const beat = index.get(s.at as BeatId)?.beat;
    if (!beat) return fired;
    if (!beat.choices) return [...fired, ...follow(s, beat.then!)];
    const choose = (c: Choice) => follow(withItems(s, `Beat "${beat.id}", choice "${c.id}",`, c.gives, c.takes), c.to);
    return [...fired, ...beat.choices.flatMap(choose)];
  };
  const edges = new Map<string, string[]>(); // state key -> successor keys; finite, as seen beats only grow
  const queue = follow({ at: 'roam', scene: 'title', seen: new Set(), items: new Set() }, { scene: 'title' });
  for (let state = queue.pop(); state; state = queue.pop()) {
    if (edges.has(keyOf(state))) continue;
    const successors = next(state);
    edges.set(keyOf(state), successors.map(keyOf));
    queue.push(...successors);
  }
  const neverHeld = [...takenUnheld].filter((site) => !takenHeld.has(site));
  return [...reportReach(index, edges), ...neverHeld.map((site) => `${site}, never given on any path before it.`)];
}

function reportReach(index: BeatIndex, edges: Map<string, string[]>): string[] {
  const good = new Set([...edges.keys()].filter((key) => key.startsWith('ending:'))); // states that can end
  for (let size = -1; good.size !== size;) {
    size = good.size;
    for (const [key, to] of edges) if (to.some((k) => good.has(k))) good.add(key);
  }
  const keys = [...edges.keys()];
  const unreached = ENDING_IDS.filter((id) => !keys.some((key) => atOf(key) === `ending:${id}`));
  const problems = unreached.map((id) => `Ending "${id}" can never be reached.`);
  for (const id of index.keys()) {
    const at = keys.filter((key) => atOf(key) === id);
    if (at.length === 0) problems.push(`Beat "${id}" can never be reached.`);
    else if (!at.every((key) => good.has(key))) problems.push(`Beat "${id}" is a dead end: no ending after it.`);
  }
  return problems;
}
