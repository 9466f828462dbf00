import type { Vec3 } from '../scenes/types';
import { bearingOf, describeDirection, type Viewpoint } from './directions';

export interface Seen {
  label: string;
  position: Vec3;
}

/** More than this many things named at once is a list, not a description. */
const MOST = 4;

/**
 * What "Describe" says: the place, then what is around, nearest first, each with its direction
 * from where the player looks ("Agent Smith, ahead to the left, about 4 metres away").
 */
export function describeSurroundings(place: string, around: readonly Seen[], from: Viewpoint): string {
  const near = around
    .map((s) => ({ label: s.label, bearing: bearingOf(from, s.position) }))
    .sort((a, b) => a.bearing.distance - b.bearing.distance)
    .slice(0, MOST);
  if (!near.length) return `${place}. Nothing else is in sight.`;
  return `${place}. ${near.map((n) => `${capitalise(n.label)}: ${describeDirection(n.bearing)}.`).join(' ')}`;
}

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
