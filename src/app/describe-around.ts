import { Vector3 } from 'three';
import { cast } from '../figures/cast';
import { playerPose } from '../player/pose';
import type { SalvageStore } from '../store/create-store';
import { aroundOf } from '../i18n/story-around';
import { storyOf } from '../i18n/story-language';
import { describeSurroundings, type Seen } from '../systems/surroundings';
import { runtime } from './runtime';

const at = new Vector3();

/**
 * The "Describe" command: says where the player is and what is around, from the scene's
 * landmarks the story has shown so far and the people on stage. False before a scene is there.
 */
export function describeAround(store: SalvageStore): boolean {
  const s = store.getState();
  const config = runtime.config;
  if (!s.story.mode || !config || s.staged !== s.story.scene || config.id !== s.staged) return false;
  const seen = s.story.seen;
  // The words in the player's language: the landmarks' and the cast's names (around.json, cast).
  const { index } = storyOf(s);
  const words = aroundOf(s);
  const scene = index.scene(s.story.scene);
  const around: Seen[] = config.landmarks
    .filter((l) => (!l.after || seen.includes(l.after)) && (!l.until || !seen.includes(l.until)))
    .map((l) => ({ label: scene?.landmarks?.[l.label] ?? l.label, position: l.position }));
  for (const member of cast.values()) {
    if (!member.onStage()) continue;
    member.figure.root.getWorldPosition(at);
    around.push({ label: words.cast[member.id] ?? member.id, position: [at.x, at.y, at.z] });
  }
  const place = scene?.title ?? words.surroundings.somewhere!;
  const p = playerPose.position;
  s.describe(describeSurroundings(place, around, { x: p.x, z: p.z, yaw: playerPose.yaw }, words));
  return true;
}
