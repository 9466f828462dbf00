import { describe, expect, it } from 'vitest';
import { storyScript } from './script';
import type { Beat, BeatId, Choice, StoryScript } from './types';
import { validateScript } from './validate';

/** A deep copy of the real script, broken by `breakIt`, then validated. */
function problemsAfter(breakIt: (script: StoryScript) => void): string[] {
  const copy = structuredClone(storyScript);
  breakIt(copy);
  return validateScript(copy);
}

function beatOf(script: StoryScript, id: BeatId): Beat {
  const beat = script.scenes.flatMap((scene) => scene.beats).find((b) => b.id === id);
  if (!beat) throw new Error(`No beat ${id} in the script`);
  return beat;
}

function choiceOf(script: StoryScript, id: BeatId, choiceId: string): Choice {
  const choice = beatOf(script, id).choices?.find((c) => c.id === choiceId);
  if (!choice) throw new Error(`No choice ${choiceId} in ${id}`);
  return choice;
}

function sceneOf(script: StoryScript, id: string) {
  const scene = script.scenes.find((s) => s.scene === id);
  if (!scene) throw new Error(`No scene ${id}`);
  return scene;
}

describe('validateScript on the real story', () => {
  it('finds no problem', () => {
    expect(validateScript(storyScript)).toEqual([]);
  });

  it('is not fooled by the copy the other tests break', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('keeps every line short enough for a subtitle', () => {
    const lines = storyScript.scenes.flatMap((s) => s.beats.flatMap((b) => b.lines));
    expect(lines.filter((line) => line.text.length > 90)).toEqual([]);
  });

  it('ends the story on a whisper', () => {
    const last = beatOf(storyScript, 'beach.whisper').lines.at(-1);
    expect(last).toEqual({ speaker: 'smith', text: 'I never needed them anyway.', delivery: 'whisper' });
  });
});

describe('validateScript on broken copies', () => {
  it('catches a beat reference that does not resolve', () => {
    const problems = problemsAfter((s) => (beatOf(s, 'corridor.red').then = { beat: 'corridor.nowhere' }));
    expect(problems).toContainEqual(expect.stringMatching(/corridor\.red.*"corridor\.nowhere", which does not exist/));
  });

  it('catches a trigger whose beat or conditions do not resolve', () => {
    const problems = problemsAfter((s) => {
      const [start, threshold] = sceneOf(s, 'construct').triggers;
      start!.beat = 'construct.missing';
      threshold!.after = ['construct.never'];
    });
    expect(problems).toContainEqual(expect.stringMatching(/"construct\.missing".*does not exist/));
    expect(problems).toContainEqual(expect.stringMatching(/"construct\.never", which does not exist/));
  });

  it('catches a trigger that fires a beat of another scene', () => {
    const problems = problemsAfter((s) => (sceneOf(s, 'plaza').triggers[0]!.beat = 'corridor.arrival'));
    expect(problems).toContainEqual(expect.stringMatching(/in scene "plaza" but fires a beat of "corridor"/));
  });

  it('catches a dead-end beat (roaming where no trigger is left)', () => {
    const problems = problemsAfter((s) => (beatOf(s, 'corridor.exchange').then = { roam: true }));
    expect(problems).toContainEqual(expect.stringMatching(/"corridor\.exchange" is a dead end/));
  });

  it('catches a beat that loops on itself', () => {
    const problems = problemsAfter((s) => (beatOf(s, 'interlude.wait').then = { beat: 'interlude.wait' }));
    expect(problems).toContainEqual(expect.stringMatching(/"interlude\.wait" is a dead end/));
  });

  it('catches an ending that can never be reached', () => {
    const problems = problemsAfter((s) => (beatOf(s, 'corridor.forgotten').then = { ending: 'walked-away' }));
    expect(problems).toEqual(['Ending "forgotten" can never be reached.']);
  });

  it('catches a beat that can never be reached', () => {
    const problems = problemsAfter((s) => (sceneOf(s, 'plaza').triggers = sceneOf(s, 'plaza').triggers.slice(0, 1)));
    expect(problems).toContainEqual('Beat "plaza.door" can never be reached.');
  });

  it('catches a choice with no target', () => {
    const problems = problemsAfter((s) => {
      delete (choiceOf(s, 'corridor.question', 'press-blue') as Partial<Choice>).to;
    });
    expect(problems).toContainEqual('Beat "corridor.question", choice "press-blue" has no target.');
  });

  it('catches a target to an unknown scene or ending', () => {
    const problems = problemsAfter((s) => {
      beatOf(s, 'plaza.door').then = { scene: 'nowhere' } as never;
      beatOf(s, 'beach.whisper').then = { ending: 'lost' } as never;
    });
    expect(problems).toContainEqual(expect.stringMatching(/plaza\.door.*unknown scene "nowhere"/));
    expect(problems).toContainEqual(expect.stringMatching(/beach\.whisper.*unknown ending "lost"/));
  });

  it('catches a beat whose id is not namespaced by its scene', () => {
    const problems = problemsAfter((s) => {
      const stray: Beat = { id: 'beach.stray', lines: [{ speaker: 'smith', text: '...' }], then: { roam: true } };
      sceneOf(s, 'corridor').beats.push(stray);
    });
    expect(problems).toContainEqual('Beat "beach.stray" is not namespaced by scene "corridor".');
  });

  it('catches duplicate beat ids', () => {
    const problems = problemsAfter((s) => sceneOf(s, 'plaza').beats.push(structuredClone(beatOf(s, 'plaza.door'))));
    expect(problems).toContainEqual('Beat id "plaza.door" is used more than once.');
  });

  it('catches duplicate choice ids', () => {
    const problems = problemsAfter((s) => (choiceOf(s, 'corridor.offer', 'blue-first').id = 'red-first'));
    expect(problems).toContainEqual('Beat "corridor.offer" has two choices with the same id.');
  });

  it('catches a beat with no lines', () => {
    const problems = problemsAfter((s) => (beatOf(s, 'plaza.phone-gone').lines = []));
    expect(problems).toContainEqual('Beat "plaza.phone-gone" has no lines.');
  });

  it('catches a choice set without exactly one canonical choice', () => {
    const two = problemsAfter((s) => (choiceOf(s, 'corridor.offer', 'blue-first').canonical = true));
    expect(two).toContainEqual('Beat "corridor.offer" has 2 canonical choices; it needs exactly one.');
    const none = problemsAfter((s) => (choiceOf(s, 'beach.touch', 'sunglasses').canonical = false));
    expect(none).toContainEqual('Beat "beach.touch" has 0 canonical choices; it needs exactly one.');
  });

  it('catches an item taken that was never given on any path before', () => {
    const problems = problemsAfter((s) => delete beatOf(s, 'plaza.arrival').gives);
    expect(problems).toEqual(['Beat "plaza.phone-gone" takes "phone", never given on any path before it.']);
  });

  it('catches an item taken before the beat that gives it', () => {
    // The chip is given in the interlude, after the plaza: taking it in the plaza is a mistake.
    const problems = problemsAfter((s) => (beatOf(s, 'plaza.phone-gone').takes = ['chip']));
    expect(problems).toContainEqual(expect.stringMatching(/plaza\.phone-gone" takes "chip"/));
  });

  it('catches a scene missing or staged twice', () => {
    const missing = problemsAfter((s) => (s.scenes = s.scenes.filter((scene) => scene.scene !== 'interlude')));
    expect(missing).toContainEqual('Scene "interlude" appears 0 times; it must appear exactly once.');
    const twice = problemsAfter((s) => s.scenes.push(structuredClone(sceneOf(s, 'beach'))));
    expect(twice).toContainEqual('Scene "beach" appears 2 times; it must appear exactly once.');
  });

  it('catches a zone id that is not namespaced by its scene', () => {
    const problems = problemsAfter((s) => (sceneOf(s, 'beach').triggers[2]!.on = { type: 'enter', zone: 'shoreline' }));
    expect(problems).toContainEqual(expect.stringMatching(/uses "shoreline", not namespaced by "beach"/));
  });
});
