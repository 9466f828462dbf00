import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Group } from 'three';
import { objectInTrackingSpace } from '../../xr/tracking-space';
import { xrRuntime, type TrackedPoint } from '../../xr/xr-runtime';

const at: TrackedPoint = [0, 0, 0];

/**
 * Reports where the panel it sits in is, in the tracking space (`salvage.state().xr.panel.position`),
 * so that a test can point a controller at the panel to read on. Draws nothing.
 */
export function XrPanelAnchor() {
  const ref = useRef<Group>(null);
  useFrame(() => {
    if (ref.current && objectInTrackingSpace(ref.current, at)) xrRuntime.panel.position = at;
  });
  useEffect(
    () => () => {
      xrRuntime.panel.position = null;
    },
    [],
  );
  return <group ref={ref} />;
}
