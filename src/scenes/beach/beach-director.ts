import { cancelTurn, gentleTurn, requestTurn } from '../../player/gentle-turn';
import { playerPose } from '../../player/pose';
import { followStory, salvageStore } from '../../store/app-store';
import { storyIndex } from '../../story/story-index';
import { sceneClock } from '../../systems/scene-clock';
import { beachStaging, type BeachStaging } from './beach-staging';
import { createBeachState, type BeachState } from './beach-state';
import { rumbleGamepads } from '../../input/rumble';
import { pulseHand } from '../../xr/haptics';
import { isPresenting } from '../../xr/xr-session';
import type { SceneDirector } from '../types';
import { stepBeach } from './step-beach';

/** Smith stands behind Neo's right shoulder: the touch turns him this far to the right. */
const TOUCH_ANGLE = 2.15;
const SMITH_DISTANCE = 1.05;
export const TURN_NOTICE = { id: 'beach-turn', text: 'Someone touches your arm. Turn around.', tone: 'info' as const };
const LONG_AGO = -100;

/** Puts Smith at an angle from where Neo faces; faces him back. Returns the yaw that faces Smith. */
function placeSmith(state: BeachState, angle: number): number {
  const yaw = playerPose.yaw - angle;
  const x = playerPose.position.x - Math.sin(yaw) * SMITH_DISTANCE;
  const z = playerPose.position.z - Math.cos(yaw) * SMITH_DISTANCE;
  state.smith = { x, z, facing: Math.atan2(playerPose.position.x - x, playerPose.position.z - z) };
  return yaw;
}

export interface BeachDirector extends SceneDirector {
  state: BeachState;
}

/**
 * The beach's logic. Following the story, it turns the beach's cues into scene times: the white
 * giving way, Smith's touch (and the gentle turn it asks for), the glasses coming off, the
 * whisper. Each frame it brings the time and the reveal into the shared uniforms, before any part
 * reads them.
 */
export function createBeachDirector(): BeachDirector {
  const state = createBeachState();
  const follow = () => {
    let last: BeachStaging | null = null;
    const apply = () => {
      const now = sceneClock.seconds;
      const { story, settings, pushNotice, dismissNotice } = salvageStore.getState();
      const next = beachStaging(storyIndex, story);
      const when = last ? now : LONG_AGO;
      if (next.painted && !last?.painted) {
        state.paintedAt = when;
        state.uniforms.uOrigin.value.set(playerPose.position.x, playerPose.position.z);
      }
      if (next.smith && !last?.smith) {
        state.smithAt = when;
        // Arriving mid-scene, he is simply there in front; otherwise his touch turns Neo round.
        const facing = placeSmith(state, last ? TOUCH_ANGLE : 0);
        // A headset's view is never turned for the player: the touch is felt (the right arm,
        // where he stands) and said on the panel, and the player turns.
        if (last && settings.haptics && isPresenting()) pulseHand('right', 0.5, 180);
        else if (last && settings.haptics) rumbleGamepads(0.5, 180);
        if (last && (settings.reduceMotion || isPresenting())) pushNotice(TURN_NOTICE);
        else if (last) requestTurn(gentleTurn, playerPose.yaw, facing);
      }
      if (next.glassesOff && !last?.glassesOff) {
        state.glassesOffAt = when;
        dismissNotice(TURN_NOTICE.id);
      }
      if (next.whisper && !last?.whisper) state.whisperAt = when;
      last = next;
    };
    const unsubscribe = followStory(apply);
    return () => {
      unsubscribe();
      cancelTurn(gentleTurn);
      salvageStore.getState().dismissNotice(TURN_NOTICE.id);
    };
  };
  return { state, follow, step: (sceneSeconds) => stepBeach(state, sceneSeconds) };
}
