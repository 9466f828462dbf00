import type { StoryState } from './machine';
import type { ScriptIndex } from './script-index';
import type { SceneId } from './types';

export interface CueMark {
  cue: string;
  /** Position in the scene's flow: each line shown counts one. Later marks are larger. */
  order: number;
}

/**
 * The staging cues taken so far in a scene, in order: every cue of the scene's beats already
 * played, and those of the current beat up to the line on screen.
 */
export function cuesSoFar(index: ScriptIndex, story: StoryState, scene: SceneId): CueMark[] {
  const marks: CueMark[] = [];
  let order = 0;
  for (const beatId of story.seen) {
    if (index.sceneOf(beatId) !== scene) continue;
    const beat = index.beat(beatId);
    if (!beat) continue;
    const last = beatId === story.beat ? story.line : beat.lines.length - 1;
    beat.lines.forEach((line, i) => {
      if (i > last) return;
      order += 1;
      if (line.cue) marks.push({ cue: line.cue, order });
    });
  }
  return marks;
}

/** The most recent of some cues, or null. */
export function latestCue(marks: readonly CueMark[], among: readonly string[]): CueMark | null {
  for (let i = marks.length - 1; i >= 0; i -= 1) if (among.includes(marks[i]!.cue)) return marks[i]!;
  return null;
}
