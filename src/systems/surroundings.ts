import type { Vec3 } from '../scenes/types';
import { ENGLISH_AROUND } from '../i18n/story-en-around';
import type { AroundText } from '../story/text-types';
import { fill } from '../story/text-types';
import { bearingOf, describeDirection, type Viewpoint } from './directions';

export interface Seen {
  label: string;
  position: Vec3;
}

/** More than this many things named at once is a list, not a description. */
const MOST = 4;

/** The words of a description around the directions (`common.json`, `surroundings`). */
export const SURROUNDINGS_KEYS = ['somewhere', 'nothing-else', 'thing'] as const;

type Words = Pick<AroundText, 'surroundings' | 'directions'>;

/**
 * What "Describe" says: the place, then what is around, nearest first, each with its direction
 * from where the player looks ("Agent Smith, ahead to the left, about 4 metres away").
 */
export function describeSurroundings(place: string, around: readonly Seen[], from: Viewpoint, words: Words = ENGLISH_AROUND): string {
  const near = around
    .map((s) => ({ label: s.label, bearing: bearingOf(from, s.position) }))
    .sort((a, b) => a.bearing.distance - b.bearing.distance)
    .slice(0, MOST);
  if (!near.length) return fill(words.surroundings['nothing-else']!, { place });
  const things = near.map((n) => fill(words.surroundings.thing!, { thing: capitalise(n.label), direction: describeDirection(n.bearing, words.directions) }));
  return `${place}. ${things.join(' ')}`;
}

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
