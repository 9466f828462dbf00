import type { Vector3 } from 'three';
import type { Box, Zone } from '../scenes/types';

export type ZoneEvent = { type: 'enter' | 'leave'; zone: string };

const AXIS = { x: 0, y: 1, z: 2 } as const;
/** Made once: the zones are looked at every frame. */
const AXES = [0, 1, 2] as const;

/** Whether a point lies inside an axis-aligned box. */
export function isInBox(point: Vector3, box: Box): boolean {
  return Math.abs(point.x - box.center[0]) <= box.size[0] / 2 && Math.abs(point.y - box.center[1]) <= box.size[1] / 2 && Math.abs(point.z - box.center[2]) <= box.size[2] / 2;
}

/**
 * Whether a point lies in a zone's region: its box, or, for a zone that says `beyond`, anywhere
 * past the box that way (within the box's bounds on the other axes).
 */
export function isInZone(point: Vector3, zone: Zone): boolean {
  if (!zone.beyond) return isInBox(point, zone);
  const sign = zone.beyond[0] === '-' ? -1 : 1;
  const open = AXIS[zone.beyond[1] as 'x' | 'z'];
  for (const axis of AXES) {
    const offset = point.getComponent(axis) - zone.center[axis];
    const half = zone.size[axis] / 2;
    // Along the open axis, only the near face bounds the region.
    if (axis === open ? offset * sign < -half : Math.abs(offset) > half) return false;
  }
  return true;
}

/**
 * Compares the zones the player's point is in with the zones the story believes they are in,
 * and reports each difference as a crossing. Comparing with the story's own record (not a copy
 * kept here) means the two cannot drift apart: a story that forgot its zones (a new arrival, a
 * resumed walk) hears of them again on the next look.
 */
export function updateZones(point: Vector3, zones: readonly Zone[], storyZones: readonly string[], report: (event: ZoneEvent) => void): void {
  for (const zone of zones) {
    const now = isInZone(point, zone);
    const known = storyZones.includes(zone.id);
    if (now && !known) report({ type: 'enter', zone: zone.id });
    else if (!now && known) report({ type: 'leave', zone: zone.id });
  }
}
