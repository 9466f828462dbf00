import type { EndingId, ItemId, SceneId, Speaker } from './types';

/*
 * The shape of the story's words in `assets/story/<lang>/`, one JSON file per scene plus
 * `endings.json`, `items.json` and `common.json`. Keys a person can read: a beat's id without its
 * scene, a line's number from 1, a choice's id. The speaker beside each line is for the
 * translator and is checked against the structure.
 */

export interface LineText {
  speaker: Speaker;
  text: string;
  describe?: string;
}

/** A beat's lines by number ("1", "2"...) and its choices' labels by choice id. */
export type BeatText = Record<string, LineText | Record<string, string>> & { choices?: Record<string, string> };

export interface SceneText {
  title: string;
  description: string;
  /** Narration captions by number, from "1". */
  narration: Record<string, string>;
  landmarks: Record<string, string>;
  /** By beat id without its scene: `offer` for `corridor.offer`. */
  beats: Record<string, BeatText>;
}

/** Words shown with the story (common.json): speakers' names, the text version's framing. */
export interface CommonText {
  speakers: Record<Exclude<Speaker, 'narrator'>, string>;
  'text-version': Record<string, string>;
}

/**
 * Words for what is around the player (around.json), used only once a walk has begun (Describe,
 * sound captions): kept apart so that the title screen's script does not carry them.
 */
export interface AroundText {
  /** The people on stage, as "Describe" names them. */
  cast: Record<string, string>;
  directions: Record<string, string>;
  surroundings: Record<string, string>;
  /** Sound captions, by a slug; the English text is what the sound's source reports. */
  sounds: Record<string, string>;
}

export interface StoryText {
  scenes: Record<SceneId, SceneText>;
  endings: Record<EndingId, { title: string; closing: string }>;
  items: Record<ItemId, { label: string; description: string }>;
  common: CommonText;
  around: AroundText;
}

/** `{name}` placeholders filled in: `fill('far {direction}', { direction: 'left' })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
