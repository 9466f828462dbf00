import type { Controls } from './controls';

const DEGREES = Math.PI / 180;

/** The shortest signed difference between two angles in degrees, in radians. */
export function angleStep(from: number, to: number): number {
  const d = ((((to - from) % 360) + 540) % 360) - 180;
  return d * DEGREES;
}

export interface Orientation {
  alpha: number;
  beta: number;
  gamma: number;
}

/**
 * The turn between two device orientations, as the view's yaw and pitch (left and up positive).
 * Held in landscape (`screenAngle` 90 or -90), tipping the phone forward is gamma, not beta.
 */
export function gyroTurn(from: Orientation, to: Orientation, screenAngle: number): { yaw: number; pitch: number } {
  const yaw = angleStep(from.alpha, to.alpha);
  if (screenAngle === 90) return { yaw, pitch: -angleStep(from.gamma, to.gamma) };
  if (screenAngle === -90 || screenAngle === 270) return { yaw, pitch: angleStep(from.gamma, to.gamma) };
  return { yaw, pitch: angleStep(from.beta, to.beta) };
}

type PermissionAsking = { requestPermission?: () => Promise<'granted' | 'denied'> };

/**
 * Asks the browser for the motion sensors where it must ask (Safari on iOS), from the tap that
 * turned gyro look on. Resolves whether the sensors may be read.
 */
export async function askForGyro(): Promise<boolean> {
  if (typeof DeviceOrientationEvent === 'undefined') return false;
  const ask = (DeviceOrientationEvent as unknown as PermissionAsking).requestPermission;
  if (!ask) return true;
  try {
    return (await ask()) === 'granted';
  } catch {
    return false;
  }
}

/** Gyro look's listener: each change in the phone's orientation turns the view by as much. */
export function listenToGyro(target: Window, controls: Controls): () => void {
  let last: Orientation | null = null;
  const onOrientation = (event: DeviceOrientationEvent) => {
    if (event.alpha === null || event.beta === null || event.gamma === null) return;
    const now = { alpha: event.alpha, beta: event.beta, gamma: event.gamma };
    if (last) {
      const turn = gyroTurn(last, now, target.screen?.orientation?.angle ?? 0);
      controls.gyro.yaw += turn.yaw;
      controls.gyro.pitch += turn.pitch;
    }
    last = now;
  };
  target.addEventListener('deviceorientation', onOrientation);
  return () => target.removeEventListener('deviceorientation', onOrientation);
}
