import type { BeatText, LineText, SceneText, StoryText } from './text-types';
import { ENDING_IDS, ITEM_IDS, type Beat, type BeatShape, type SceneScript, type SceneShape, type StoryScript, type StoryShape } from './types';

/**
 * Joins the story's structure and one language's words into the script the machine and the views
 * read. The text compiler (text-compiler.ts) has already checked at build time that every word
 * is there; a gap left anyway reads as its key, never as a crash.
 */
export function resolveStory(shape: StoryShape, text: Pick<StoryText, 'scenes' | 'endings' | 'items'>): StoryScript {
  return {
    scenes: shape.scenes.map((scene) => resolveScene(scene, text.scenes[scene.scene])),
    endings: Object.fromEntries(ENDING_IDS.map((id) => [id, { id, title: text.endings[id]?.title ?? id, closing: text.endings[id]?.closing ?? '' }])) as StoryScript['endings'],
    items: Object.fromEntries(ITEM_IDS.map((id) => [id, { label: text.items[id]?.label ?? id, description: text.items[id]?.description ?? '' }])) as StoryScript['items'],
    firstScene: shape.firstScene,
  };
}

function resolveScene(shape: SceneShape, text: SceneText | undefined): SceneScript {
  const { narration, landmarks, beats, ...rest } = shape;
  return {
    ...rest,
    title: text?.title ?? shape.scene,
    description: text?.description ?? '',
    narration: Array.from({ length: narration }, (_, i) => text?.narration[String(i + 1)] ?? ''),
    landmarks: Object.fromEntries(landmarks.map((key) => [key, text?.landmarks[key] ?? key])),
    beats: beats.map((beat) => resolveBeat(beat, text?.beats[beatKey(beat.id)])),
  };
}

function resolveBeat(shape: BeatShape, text: BeatText | undefined): Beat {
  const { lines, choices, ...rest } = shape;
  const beat: Beat = {
    ...rest,
    lines: lines.map(({ described, ...line }, i) => {
      // The build gives a line with no description as its bare text (story-text-plugin.ts).
      const entry = text?.[String(i + 1)] as LineText | string | undefined;
      const words: Partial<LineText> | undefined = typeof entry === 'string' ? { text: entry } : entry;
      return { ...line, text: words?.text ?? `${shape.id}.${i + 1}`, ...(described ? { describe: words?.describe ?? '' } : {}) };
    }),
  };
  if (choices) beat.choices = choices.map((choice) => ({ ...choice, label: text?.choices?.[choice.id] ?? choice.id }));
  return beat;
}

/** A beat's key in its scene's file: `offer` for `corridor.offer`. */
export const beatKey = (id: string) => id.slice(id.indexOf('.') + 1);
