import { useFrame } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useCallback } from 'react';
import type { Group } from 'three';
import { FRAME_STAGE } from '../app/frame-stages';
import { xrRuntime } from './xr-runtime';

/**
 * The XR origin (the player's floor in the tracking space; the XR camera hangs from it) and the
 * frame's XRFrame for the driver, kept in the first stage of the frame (before the frame loop).
 */
export function XrRig() {
  const register = useCallback((group: Group | null) => {
    xrRuntime.origin = group;
  }, []);
  useFrame((_, __, frame: XRFrame | undefined) => {
    xrRuntime.frame = frame ?? null;
  }, FRAME_STAGE.xrInput);
  return <XROrigin ref={register} />;
}
