import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Zone } from '../scenes/types';
import { isInZone, updateZones, type ZoneEvent } from './zone-system';

const ZONE: Zone = { id: 'test.door', center: [0, 1, -5], size: [2, 2, 2] };
const REACHED: Zone = { ...ZONE, id: 'test.hall', beyond: '-z' };

/** Walks the points, keeping the zones the story would hold from the events it hears. */
function walkPath(points: [number, number, number][], zone: Zone = ZONE): ZoneEvent[] {
  let storyZones: string[] = [];
  const events: ZoneEvent[] = [];
  for (const p of points) {
    updateZones(new Vector3(...p), [zone], storyZones, (e) => {
      events.push(e);
      storyZones = e.type === 'enter' ? [...storyZones, e.zone] : storyZones.filter((z) => z !== e.zone);
    });
  }
  return events;
}

describe('zone crossings', () => {
  it('reports entering and leaving once each, however many frames are spent inside', () => {
    const path: [number, number, number][] = [
      [0, 0, 0],
      [0, 0, -4.5],
      [0, 0, -5],
      [0, 0, -5.2],
      [0, 0, -5.5],
      [0, 0, -8],
    ];
    expect(walkPath(path)).toEqual([
      { type: 'enter', zone: 'test.door' },
      { type: 'leave', zone: 'test.door' },
    ]);
  });

  it('reports nothing for a path that passes beside the zone', () => {
    expect(
      walkPath([
        [3, 0, 0],
        [3, 0, -5],
        [3, 0, -10],
      ]),
    ).toEqual([]);
  });

  it('re-entering reports again', () => {
    expect(
      walkPath([
        [0, 0, -5],
        [0, 0, 0],
        [0, 0, -5],
      ]).map((e) => e.type),
    ).toEqual(['enter', 'leave', 'enter']);
  });

  it('a story that forgot its zones (a new arrival) hears of the zone it stands in on the next look', () => {
    const events: ZoneEvent[] = [];
    updateZones(new Vector3(0, 0, -5), [ZONE], [], (e) => events.push(e));
    updateZones(new Vector3(0, 0, -5), [ZONE], [], (e) => events.push(e));
    expect(events).toEqual([
      { type: 'enter', zone: 'test.door' },
      { type: 'enter', zone: 'test.door' },
    ]);
  });
});

describe('a zone that reaches on beyond itself', () => {
  it('holds a player who has walked past it the way the scene leads, and not one who stopped short', () => {
    expect(isInZone(new Vector3(0, 0, -5), REACHED)).toBe(true);
    expect(isInZone(new Vector3(0, 0, -40), REACHED)).toBe(true);
    expect(isInZone(new Vector3(0, 0, -3.9), REACHED)).toBe(false);
    expect(isInZone(new Vector3(0, 0, -40), ZONE)).toBe(false);
  });

  it('keeps its bounds on the other axes', () => {
    expect(isInZone(new Vector3(1.5, 0, -40), REACHED)).toBe(false);
    expect(isInZone(new Vector3(0, 5, -40), REACHED)).toBe(false);
  });

  it('walking through it and on reports one entry and no leaving', () => {
    expect(
      walkPath(
        [
          [0, 0, 0],
          [0, 0, -5],
          [0, 0, -8],
          [0, 0, -30],
        ],
        REACHED,
      ),
    ).toEqual([{ type: 'enter', zone: 'test.hall' }]);
  });

  it('each direction opens its own side', () => {
    const at = (x: number, z: number) => new Vector3(x, 1, z);
    expect(isInZone(at(0, 10), { ...ZONE, beyond: '+z' })).toBe(true);
    expect(isInZone(at(-30, -5), { ...ZONE, beyond: '-x' })).toBe(true);
    expect(isInZone(at(30, -5), { ...ZONE, beyond: '+x' })).toBe(true);
    expect(isInZone(at(30, -5), { ...ZONE, beyond: '-x' })).toBe(false);
  });
});
