/**
 * The shape of Salvage's story as data. Script modules (one per scene) are plain objects of
 * these types; the pure machine in `machine.ts` walks them; `validate.ts` checks them.
 */

export const SCENE_IDS = ['title', 'construct', 'plaza', 'corridor', 'interlude', 'beach'] as const;
export type SceneId = (typeof SCENE_IDS)[number];

export const ENDING_IDS = ['found', 'forgotten', 'walked-away'] as const;
export type EndingId = (typeof ENDING_IDS)[number];

export const MODES = ['explore', 'tour', 'xr'] as const;
export type Mode = (typeof MODES)[number];

/** A beat id is namespaced by its scene: `corridor.offer`. */
export type BeatId = `${SceneId}.${string}`;

/** Items Neo can carry. */
export const ITEM_IDS = ['phone', 'red-pill', 'blue-pill', 'chip'] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export type Speaker = 'narrator' | 'neo' | 'smith' | 'link' | 'guard' | 'michael' | 'sparks';

export interface Line {
  speaker: Speaker;
  text: string;
  /** How the line is delivered, when it matters to the staging (the last line is whispered). */
  delivery?: 'whisper';
  /**
   * A staging cue for the scene's views, taken when this line appears (`blackout`,
   * `smith-leans`, `hold-red`). The views decide what a cue looks like; the script decides when.
   */
  cue?: string;
  /**
   * What happens on screen with this line and is not in its words, for people who cannot see
   * it: said through the live region (and aloud, when asked for) as the line appears.
   */
  describe?: string;
}

/** Where the story goes after a beat or a choice. */
export type Target =
  | { beat: BeatId }
  | { scene: SceneId }
  | { ending: EndingId }
  /** The dialogue ends and the player walks freely until a trigger fires another beat. */
  | { roam: true };

export interface Choice {
  /** Unique within its beat. */
  id: string;
  /** What the button says. */
  label: string;
  to: Target;
  gives?: ItemId[];
  takes?: ItemId[];
  /** The story's own path: the tour and deep links take it. Exactly one per beat. */
  canonical?: boolean;
}

export interface Beat {
  id: BeatId;
  /** Spoken or narrated lines, in order. At least one. */
  lines: Line[];
  /** Offered after the last line. When present, `then` is ignored. */
  choices?: Choice[];
  /** Where the story goes after the last line when there are no choices. */
  then?: Target;
  /** Items the beat hands to Neo when it starts. */
  gives?: ItemId[];
  /** Items the beat takes from Neo when it starts. */
  takes?: ItemId[];
}

/** What makes a beat start. Zone and action ids are namespaced by scene (`corridor.smith`). */
export type TriggerOn =
  | { type: 'scene-start' }
  /**
   * A place reached: holds while the player stands in the zone or has gone past it the way the
   * scene leads (the zone's `beyond`, in the scene's config). Fires whenever the story is free
   * while it holds, so walking through narration can never lose it.
   */
  | { type: 'reach'; zone: string }
  /**
   * A true crossing into the zone, made once the trigger is open. A crossing made while a beat
   * plays is remembered and fires when the story is free (unless the trigger has closed by then).
   */
  | { type: 'enter'; zone: string }
  /** A true crossing out of the zone, remembered in the same way. */
  | { type: 'leave'; zone: string }
  /** A deliberate act of the player's: open a door (E / click), will the white away. */
  | { type: 'action'; action: string }
  /** Seconds since the scene started: holds from then on, and fires once the story is free. */
  | { type: 'time'; at: number };

/** The kinds of trigger that name a zone. */
export const ZONE_TRIGGER_TYPES = ['reach', 'enter', 'leave'] as const;

export interface Trigger {
  on: TriggerOn;
  beat: BeatId;
  /** Beats that must have been seen first. */
  after?: BeatId[];
  /** Beats that must not have been seen (the trigger is no longer relevant once they have). */
  unless?: BeatId[];
  /** May cut into a beat that is playing (leaving the corridor mid-conversation). */
  interrupts?: boolean;
}

export interface SceneScript {
  scene: SceneId;
  /** The place, as a heading: "New York, two streets from Central Park". */
  title: string;
  /** Prose captions from the story, for the guided tour and the text version. */
  narration: string[];
  /** The place as someone would describe it to a person who cannot see it, said on arrival. */
  description: string;
  /** Beats in story order. */
  beats: Beat[];
  /** Every trigger fires its beat at most once per visit (a beat is never replayed). */
  triggers: Trigger[];
  /** What "Describe" calls the scene's landmarks, by the key its config gives them. */
  landmarks?: Readonly<Record<string, string>>;
}

export interface Ending {
  id: EndingId;
  title: string;
  /** A closing line in the story's voice. */
  closing: string;
}

export interface ItemInfo {
  label: string;
  description: string;
}

export interface StoryScript {
  /** Scenes in story order; the first is the title. */
  scenes: SceneScript[];
  endings: Record<EndingId, Ending>;
  items: Record<ItemId, ItemInfo>;
  /** The scene that Start leads to from the title. */
  firstScene: SceneId;
}

/*
 * The story's structure without its words: what `script/*.ts` holds. The words, per language,
 * are in `assets/story/<lang>/`; `resolve.ts` joins the two into a `StoryScript`.
 */

export interface LineShape extends Omit<Line, 'text' | 'describe'> {
  /** The line has a description (`describe`), written in the assets. */
  described?: true;
}

export type ChoiceShape = Omit<Choice, 'label'>;

export interface BeatShape extends Omit<Beat, 'lines' | 'choices'> {
  lines: LineShape[];
  choices?: ChoiceShape[];
}

export interface SceneShape extends Omit<SceneScript, 'title' | 'description' | 'narration' | 'beats' | 'landmarks'> {
  /** How many narration captions the scene has. */
  narration: number;
  /** The keys of the scene's landmarks, as its config names them (`SceneConfig.landmarks`). */
  landmarks: readonly string[];
  beats: BeatShape[];
}

export interface StoryShape {
  scenes: SceneShape[];
  firstScene: SceneId;
}
