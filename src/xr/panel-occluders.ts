import { useEffect, type RefObject } from 'react';
import type { Object3D } from 'three';

/**
 * Figures the in-world panel must stand in front of (Smith): they are not in the collision
 * world, yet a panel behind one cannot be read. Scenes list theirs with usePanelOccluder.
 */
export const panelOccluders = new Set<Object3D>();

/** Lists the object in `ref` while it is mounted (it counts only while visible). */
export function usePanelOccluder(ref: RefObject<Object3D | null>): void {
  useEffect(() => {
    const object = ref.current;
    if (!object) return;
    panelOccluders.add(object);
    return () => {
      panelOccluders.delete(object);
    };
  }, [ref]);
}
