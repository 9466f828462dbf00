import type { Vector3 } from 'three';
import type { Zone } from '../scenes/types';

export type ZoneEvent = { type: 'enter' | 'leave'; zone: string };

/** Whether a point lies inside an axis-aligned box zone. */
export function isInZone(point: Vector3, zone: Zone): boolean {
  return (
    Math.abs(point.x - zone.center[0]) <= zone.size[0] / 2 &&
    Math.abs(point.y - zone.center[1]) <= zone.size[1] / 2 &&
    Math.abs(point.z - zone.center[2]) <= zone.size[2] / 2
  );
}

/**
 * Compares where the player stands with the zones they were in, updates `inside`, and reports
 * only the crossings: standing in a zone reports nothing, frame after frame.
 */
export function updateZones(point: Vector3, zones: readonly Zone[], inside: Set<string>, report: (event: ZoneEvent) => void): void {
  for (const zone of zones) {
    const now = isInZone(point, zone);
    if (now && !inside.has(zone.id)) {
      inside.add(zone.id);
      report({ type: 'enter', zone: zone.id });
    } else if (!now && inside.has(zone.id)) {
      inside.delete(zone.id);
      report({ type: 'leave', zone: zone.id });
    }
  }
}
