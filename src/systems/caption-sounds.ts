import { Vector3, type Camera } from 'three';
import { audibleSources } from '../audio/sound-sources';
import type { SalvageStore } from '../store/create-store';
import { aroundOf } from '../i18n/story-around';
import { SoundCaptioner } from './sound-captions';

/** How often the sources are read: captions are words, five times a second is plenty. */
const READ_EVERY_SECONDS = 0.2;

const captioner = new SoundCaptioner();
const at = new Vector3();
const facing = new Vector3();
let clock = 0;
let lastRead = -Infinity;
let scene: string | null = null;

/**
 * The frame's sound-caption stage: with captions on, reads what is sounding and where the
 * listener (the camera) looks, and puts the caption in the store when it changes.
 */
export function captionSounds(store: SalvageStore, camera: Camera, seconds: number): void {
  const s = store.getState();
  if (!s.settings.soundCaptions || s.staged !== scene) {
    captioner.reset();
    scene = s.staged;
    lastRead = -Infinity;
    if (!s.settings.soundCaptions) return s.setSoundCaption(null);
  }
  clock += seconds;
  if (clock - lastRead < READ_EVERY_SECONDS) return;
  lastRead = clock;
  camera.getWorldPosition(at);
  camera.getWorldDirection(facing);
  const yaw = Math.atan2(-facing.x, -facing.z);
  s.setSoundCaption(captioner.step(clock, audibleSources(), { x: at.x, z: at.z, yaw }, aroundOf(s)));
}
