import type { SoundSourceReport } from '../audio/sound-sources';
import { bearingOf, captionDirection, type Viewpoint } from './directions';

/** Sounds never captioned: the player's own footsteps say nothing the player does not know. */
const UNCAPTIONED = new Set(['footsteps']);
/** When several voices of one source sound at once, one caption for them all. */
const CHORUS: Record<string, string> = {
  'crowd-voice': 'the crowd crying and laughing',
  'lamp-dying': 'lights fizzing out one after another',
  gull: 'gulls crying',
  'monitor-chirp': 'monitors chirping',
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

  step(now: number, sources: readonly SoundSourceReport[], listener: Viewpoint): string | null {
    for (const group of groupByName(sources)) {
      const last = this.lastHeard.get(group.key);
      this.lastHeard.set(group.key, now);
      if (last !== undefined && now - last < REHEAR_SECONDS) continue;
      if (this.shown?.key === group.key) continue;
      this.queue = [...this.queue.filter((q) => q.key !== group.key), { key: group.key, text: captionOf(group, listener) }].slice(-QUEUE_LIMIT);
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
function captionOf(group: Group, listener: Viewpoint): string {
  const kinds = new Set(group.members.map((m) => m.caption));
  const text = kinds.size > 1 && CHORUS[group.key] ? CHORUS[group.key]! : group.members[0]!.caption;
  const placed = group.members.filter((m) => m.position);
  if (!placed.length) return `[${text}]`;
  const x = placed.reduce((sum, m) => sum + m.position![0], 0) / placed.length;
  const z = placed.reduce((sum, m) => sum + m.position![2], 0) / placed.length;
  return `[${text}, ${captionDirection(bearingOf(listener, [x, 0, z]))}]`;
}
