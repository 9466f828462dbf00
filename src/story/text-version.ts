import { ENGLISH_STORY_TEXT } from '../i18n/story-en';
import { fill, type CommonText } from './text-types';
import { ENDING_IDS } from './types';
import type { BeatId, Line, SceneScript, StoryScript } from './types';

/** The text version's own words (`common.json`, `text-version`). */
export const TEXT_VERSION_KEYS = ['endings', 'if-you-choose', 'choice', 'the-end', 'whispering'] as const;

type Words = Pick<CommonText, 'speakers' | 'text-version'>;

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
export function storyAsText(script: StoryScript, words: Words = ENGLISH_STORY_TEXT.common): TextSection[] {
  const branches = branchChoices(script);
  const endings = ENDING_IDS.map((id) => script.endings[id]).map((e) => narrated(`${e.title}: ${e.closing}`));
  const scenes = script.scenes.map((scene) => sceneAsText(scene, branches, script.endings, words));
  return [...scenes, { heading: words['text-version'].endings!, paragraphs: endings }];
}

function sceneAsText(scene: SceneScript, branches: Map<BeatId, string>, endings: StoryScript['endings'], words: Words): TextSection {
  const say = words['text-version'];
  const paragraphs = scene.narration.map(narrated);
  for (const beat of scene.beats) {
    const via = branches.get(beat.id);
    // A branch's beats follow the story's own path in the script; say which choice leads to them.
    if (via) paragraphs.push(narrated(fill(say['if-you-choose']!, { choice: via })));
    paragraphs.push(...beat.lines.map((line) => lineAsText(line, words)));
    paragraphs.push(...(beat.choices ?? []).map((choice) => narrated(fill(say.choice!, { choice: choice.label }))));
    if (!beat.choices && beat.then && 'ending' in beat.then) {
      paragraphs.push(narrated(fill(say['the-end']!, { ending: endings[beat.then.ending].title })));
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

function lineAsText(line: Line, words: Words): TextParagraph {
  const text = line.delivery === 'whisper' ? fill(words['text-version'].whispering!, { line: line.text }) : line.text;
  return { speaker: line.speaker === 'narrator' ? null : words.speakers[line.speaker], text };
}

function narrated(text: string): TextParagraph {
  return { speaker: null, text };
}
