import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Zone } from '../scenes/types';
import { updateZones, type ZoneEvent } from './zone-system';

const ZONE: Zone = { id: 'test.door', center: [0, 1, -5], size: [2, 2, 2] };

function walkPath(points: [number, number, number][]): ZoneEvent[] {
  const inside = new Set<string>();
  const events: ZoneEvent[] = [];
  for (const p of points) updateZones(new Vector3(...p), [ZONE], inside, (e) => events.push(e));
  return events;
}

describe('zone crossings', () => {
  it('reports entering and leaving once each, however many frames are spent inside', () => {
    const path: [number, number, number][] = [[0, 0, 0], [0, 0, -4.5], [0, 0, -5], [0, 0, -5.2], [0, 0, -5.5], [0, 0, -8]];
    expect(walkPath(path)).toEqual([
      { type: 'enter', zone: 'test.door' },
      { type: 'leave', zone: 'test.door' },
    ]);
  });

  it('reports nothing for a path that passes beside the zone', () => {
    expect(walkPath([[3, 0, 0], [3, 0, -5], [3, 0, -10]])).toEqual([]);
  });

  it('re-entering reports again', () => {
    expect(walkPath([[0, 0, -5], [0, 0, 0], [0, 0, -5]]).map((e) => e.type)).toEqual(['enter', 'leave', 'enter']);
  });
});
