import { ENDING_IDS } from './types';
import { SPEAKER_NAMES } from './speakers';
import type { BeatId, Line, SceneScript, StoryScript } from './types';

/** One paragraph of the text version: a speaker's display name, or null for the narrator. */
export interface TextParagraph {
  speaker: string | null;
  text: string;
}

export interface TextSection {
  heading: string;
  paragraphs: TextParagraph[];
}

/**
 * The whole story as readable text, for people who cannot or do not want to walk it in 3D: each
 * scene with its narration and its beats in story order, every choice, and then the three endings.
 */
export function storyAsText(script: StoryScript): TextSection[] {
  const branches = branchChoices(script);
  const endings = ENDING_IDS.map((id) => script.endings[id]).map((e) => narrated(`${e.title}: ${e.closing}`));
  const scenes = script.scenes.map((scene) => sceneAsText(scene, branches, script.endings));
  return [...scenes, { heading: 'Endings', paragraphs: endings }];
}

function sceneAsText(scene: SceneScript, branches: Map<BeatId, string>, endings: StoryScript['endings']): TextSection {
  const paragraphs = scene.narration.map(narrated);
  for (const beat of scene.beats) {
    const via = branches.get(beat.id);
    // A branch's beats follow the story's own path in the script; say which choice leads to them.
    if (via) paragraphs.push(narrated(`If you choose "${via}":`));
    paragraphs.push(...beat.lines.map(lineAsText));
    paragraphs.push(...(beat.choices ?? []).map((choice) => narrated(`Choice: ${choice.label}`)));
    if (!beat.choices && beat.then && 'ending' in beat.then) {
      paragraphs.push(narrated(`The end: ${endings[beat.then.ending].title}.`));
    }
  }
  return { heading: scene.title, paragraphs };
}

/** Beats that a non-canonical choice leads to, with that choice's label. */
function branchChoices(script: StoryScript): Map<BeatId, string> {
  const branches = new Map<BeatId, string>();
  for (const beat of script.scenes.flatMap((scene) => scene.beats)) {
    for (const choice of beat.choices ?? []) {
      if (!choice.canonical && 'beat' in choice.to) branches.set(choice.to.beat, choice.label);
    }
  }
  return branches;
}

function lineAsText(line: Line): TextParagraph {
  const text = line.delivery === 'whisper' ? `(whispering) ${line.text}` : line.text;
  return { speaker: SPEAKER_NAMES[line.speaker], text };
}

function narrated(text: string): TextParagraph {
  return { speaker: null, text };
}
