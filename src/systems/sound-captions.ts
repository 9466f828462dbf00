import type { SoundSourceReport } from '../audio/sound-sources';
import { ENGLISH_AROUND } from '../i18n/story-en-around';
import type { AroundText } from '../story/text-types';
import { bearingOf, captionDirection, type Viewpoint } from './directions';

/** A language's words for captions: the sounds (`around.json`, `sounds`) and the directions. */
export type CaptionWords = Pick<AroundText, 'sounds' | 'directions'>;

const ENGLISH_WORDS: CaptionWords = ENGLISH_AROUND;
/** A source reports its caption in English; this finds the caption's key in the story's words. */
const SOUND_KEYS = new Map(Object.entries(ENGLISH_WORDS.sounds).map(([key, text]) => [text, key]));

/** Sounds never captioned: the player's own footsteps say nothing the player does not know. */
const UNCAPTIONED = new Set(['footsteps']);
/** When several voices of one source sound at once, one caption for them all (keys of `sounds`). */
const CHORUS: Record<string, string> = {
  'crowd-voice': 'crowd-chorus',
  'lamp-dying': 'lamps-dying',
  gull: 'gulls',
  'monitor-chirp': 'monitors',
};
/** A sound heard again after this long of silence is news again. */
const REHEAR_SECONDS = 6;
/** A caption stays at least this long before the next replaces it, and at most this long alone. */
const MIN_SECONDS = 2.5;
const HOLD_SECONDS = 5;
/** Captions waiting their turn; older ones give way (one line of sounds at a time, never a list). */
const QUEUE_LIMIT = 2;

interface Heard {
  key: string;
  text: string;
}

/**
 * Which sound caption is on screen, from the sources audible now: a sound that starts (or comes
 * back after a silence) is captioned with where it comes from, one at a time, each long enough
 * to read. Pure: the caller passes the time, the sources and where the player looks.
 */
export class SoundCaptioner {
  private readonly lastHeard = new Map<string, number>();
  private queue: Heard[] = [];
  private shown: (Heard & { since: number }) | null = null;

  step(now: number, sources: readonly SoundSourceReport[], listener: Viewpoint, words: CaptionWords = ENGLISH_WORDS): string | null {
    for (const group of groupByName(sources)) {
      const last = this.lastHeard.get(group.key);
      this.lastHeard.set(group.key, now);
      if (last !== undefined && now - last < REHEAR_SECONDS) continue;
      if (this.shown?.key === group.key) continue;
      this.queue = [...this.queue.filter((q) => q.key !== group.key), { key: group.key, text: captionOf(group, listener, words) }].slice(-QUEUE_LIMIT);
    }
    const age = this.shown ? now - this.shown.since : Infinity;
    if (age >= MIN_SECONDS && this.queue.length) this.shown = { ...this.queue.shift()!, since: now };
    else if (age >= HOLD_SECONDS) this.shown = null;
    return this.shown?.text ?? null;
  }

  /** Forgets everything heard (a new scene, captions turned off). */
  reset(): void {
    this.lastHeard.clear();
    this.queue = [];
    this.shown = null;
  }
}

interface Group {
  key: string;
  members: SoundSourceReport[];
}

function groupByName(sources: readonly SoundSourceReport[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of sources) {
    if (UNCAPTIONED.has(s.name)) continue;
    const group = groups.get(s.name) ?? { key: s.name, members: [] };
    group.members.push(s);
    groups.set(s.name, group);
  }
  return [...groups.values()];
}

/** "[a gull crying, far left]"; "[rain hissing]" for sound all around. */
function captionOf(group: Group, listener: Viewpoint, words: CaptionWords): string {
  const kinds = new Set(group.members.map((m) => m.caption));
  const chorus = kinds.size > 1 ? CHORUS[group.key] : undefined;
  const english = group.members[0]!.caption;
  // A caption the words do not know yet (a new sound) is shown as its source says it.
  const text = chorus ? (words.sounds[chorus] ?? chorus) : (words.sounds[SOUND_KEYS.get(english) ?? ''] ?? english);
  const placed = group.members.filter((m) => m.position);
  if (!placed.length) return `[${text}]`;
  const x = placed.reduce((sum, m) => sum + m.position![0], 0) / placed.length;
  const z = placed.reduce((sum, m) => sum + m.position![2], 0) / placed.length;
  return `[${text}, ${captionDirection(bearingOf(listener, [x, 0, z]), words.directions)}]`;
}
