/**
 * What the devices hold between frames: per-frame values, never in the store. Each device's
 * listener writes its own part; the frame reads them all once (`walkFrame`) and clears what
 * accumulates.
 */
export const controls = {
  /** Keys held down, by `event.code`. */
  keys: new Set<string>(),
  /** Mouse movement while the pointer is locked, in pixels, since the last frame. */
  mouse: { x: 0, y: 0 },
  /** The touch stick's deflection, -1 to 1 (y up is forward); 0 when no thumb is on it. */
  stick: { x: 0, y: 0 },
  /** Touch drag on the look side, in CSS pixels, since the last frame. */
  touchLook: { x: 0, y: 0 },
  /** The gamepad's sticks, -1 to 1 after the dead zone (y down is positive, as the pad reports). */
  pad: { moveX: 0, moveY: 0, lookX: 0, lookY: 0 },
  /** Gyro turning since the last frame, in radians (left and up are positive). */
  gyro: { yaw: 0, pitch: 0 },
};

export type Controls = typeof controls;

/** Forgets everything held (a menu opened, the window lost focus), so nobody walks on alone. */
export function releaseControls(c: Controls = controls): void {
  c.keys.clear();
  c.mouse.x = c.mouse.y = 0;
  c.stick.x = c.stick.y = 0;
  c.touchLook.x = c.touchLook.y = 0;
  c.gyro.yaw = c.gyro.pitch = 0;
}

/** Drops look input gathered while nobody walks (a tour, a menu), so it cannot jolt the view later. */
export function discardLook(c: Controls = controls): void {
  c.mouse.x = c.mouse.y = 0;
  c.touchLook.x = c.touchLook.y = 0;
  c.gyro.yaw = c.gyro.pitch = 0;
}
