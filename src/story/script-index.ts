import type { Beat, BeatId, SceneId, SceneScript, StoryScript, Trigger } from './types';

/** Look-ups over a script, built once: the machine and the views read the script through it. */
export interface ScriptIndex {
  script: StoryScript;
  beat(id: BeatId): Beat | undefined;
  scene(id: SceneId): SceneScript | undefined;
  triggers(scene: SceneId): readonly Trigger[];
  /** The scene a beat id is namespaced by. */
  sceneOf(id: BeatId): SceneId;
}

export function indexScript(script: StoryScript): ScriptIndex {
  const beats = new Map<BeatId, Beat>();
  const scenes = new Map<SceneId, SceneScript>();
  for (const scene of script.scenes) {
    scenes.set(scene.scene, scene);
    for (const beat of scene.beats) beats.set(beat.id, beat);
  }
  return {
    script,
    beat: (id) => beats.get(id),
    scene: (id) => scenes.get(id),
    triggers: (id) => scenes.get(id)?.triggers ?? [],
    sceneOf: (id) => id.slice(0, id.indexOf('.')) as SceneId,
  };
}

export function isBeatId(index: ScriptIndex, value: string): value is BeatId {
  return index.beat(value as BeatId) !== undefined;
}
