import type { Camera } from 'three';
import { EYE_HEIGHT, type PlayerPose } from './pose';

/** Puts the desktop camera at the player's eyes. */
export function applyPoseToCamera(camera: Camera, pose: PlayerPose): void {
  camera.position.set(pose.position.x, pose.position.y + EYE_HEIGHT, pose.position.z);
  camera.rotation.set(pose.pitch, pose.yaw, 0, 'YXZ');
}
