import { Vector3 } from 'three';
import { act, type Acting } from '../../figures/act';
import type { SmithRig } from '../../figures/smith';
import { SMITH_EYES_ABOVE_HEAD } from '../../figures/smith';
import { EYE_HEIGHT, playerPose } from '../../player/pose';
import { sinceCue, type BeachState } from './beach-state';

/** How the arm that touched Neo lowers, how the glasses come off, how he leans in, how the smile comes. */
const ARM_SECONDS = 2.5;
const GLASSES_SECONDS = 1.4;
const LEAN_SECONDS = 2;
const SMILE_DELAY = 0.6;
const SMILE_SECONDS = 1.4;

const neoEyes = new Vector3();

/**
 * Smith on the beach this frame: the hand that touched Neo's arm falls back to his side; the
 * glasses lift away from his face toward Neo and are gone; a small smile comes; he leans in to
 * whisper. Before his cue he waits out of sight, still drawn (so his shaders are ready) but
 * too small to see.
 */
export function stepBeachSmith(rig: SmithRig & { occluder: { visible: boolean } }, acting: Acting, state: BeachState, t: number, speaking: boolean): void {
  const { figure } = rig;
  const onStage = state.smithAt !== null;
  rig.occluder.visible = onStage;
  for (const mesh of figure.meshes) mesh.frustumCulled = onStage;
  const { x, z, facing } = state.smith;
  const lean = sinceCue(state.whisperAt, t, LEAN_SECONDS);
  const towardX = playerPose.position.x - x;
  const towardZ = playerPose.position.z - z;
  figure.root.position.set(x + towardX * 0.3 * lean, 0, z + towardZ * 0.3 * lean);
  figure.root.rotation.set(0.05 * lean, facing + 0.2 * lean, 0, 'YXZ');
  figure.root.scale.setScalar(onStage ? 1 : 1e-4);
  const reach = onStage ? 1 - sinceCue(state.smithAt, t, ARM_SECONDS) : 0;
  const layers = acting.layers;
  layers.length = 0;
  layers.push(
    { clip: 'touch', weight: reach * (1 - lean) },
    { clip: 'stand', weight: (1 - reach) * (1 - lean) },
    { clip: 'whisper', weight: lean },
    { clip: 'breathe', weight: 1 },
  );
  const off = sinceCue(state.glassesOffAt, t, GLASSES_SECONDS);
  rig.glasses.visible = off < 1;
  rig.glasses.position.set(0, -0.35 * off * off, 0.08 * Math.sin(off * Math.PI) + 0.3 * off);
  acting.target = neoEyes.set(playerPose.position.x, playerPose.position.y + EYE_HEIGHT, playerPose.position.z);
  acting.look = 1 - 0.6 * lean;
  acting.smile = state.glassesOffAt === null ? 0 : 0.75 * sinceCue(state.glassesOffAt + SMILE_DELAY, t, SMILE_SECONDS);
  acting.sorrow = 0.15 * (1 - acting.smile);
  acting.speaking = speaking;
  act(figure, acting, t, SMITH_EYES_ABOVE_HEAD, 1);
}
