import { Vector3 } from 'three';

/**
 * The player's pose: per-frame, mutable, outside React and the store. Exactly one driver
 * (desktop, tour or xr) writes it each frame; systems and the camera read it.
 */
export interface PlayerPose {
  /** Feet position, in metres. */
  position: Vector3;
  /** Heading in radians; 0 looks down -Z, positive turns left. */
  yaw: number;
  /** Look up (+) or down (-), in radians. */
  pitch: number;
  /** Velocity in metres per second, kept between frames for sliding and falling. */
  velocity: Vector3;
  onFloor: boolean;
}

export const EYE_HEIGHT = 1.65;

export const playerPose: PlayerPose = {
  position: new Vector3(),
  yaw: 0,
  pitch: 0,
  velocity: new Vector3(),
  onFloor: false,
};

export function placePlayer(pose: PlayerPose, position: readonly [number, number, number], yaw: number): void {
  pose.position.set(position[0], position[1], position[2]);
  pose.yaw = yaw;
  pose.pitch = 0;
  pose.velocity.set(0, 0, 0);
  pose.onFloor = false;
}
