import { cancelTurn, gentleTurn, requestTurn } from '../../player/gentle-turn';
import { placePlayer, playerPose } from '../../player/pose';
import { followStory, salvageStore } from '../../store/app-store';
import { storyIndex } from '../../story/story-index';
import { sceneClock } from '../../systems/scene-clock';
import { createInterludeState, type InterludeState } from './interlude-state';
import { ghostRoomNamed, INTERLUDE_CUES, interludeStaging } from './interlude-staging';
import { NIGHT_SPOT, NIGHT_VIEW, PROCESSOR } from './layout';
import { runUpTo } from './boy-run';
import type { SceneDirector } from '../types';

/** Looking down at a seven-year-old, from a knee. */
const KNEEL_PITCH = -0.32;

/**
 * Neo kneels to the boy: a boy standing off at a distance runs up to him first; the view turns to
 * where the boy will stand and looks down (unless motion is reduced).
 */
function kneel(state: InterludeState): void {
  runUpTo(state.boy, playerPose.position);
  if (salvageStore.getState().settings.reduceMotion) return;
  const facing = Math.atan2(-(state.boy.x - playerPose.position.x), -(state.boy.z - playerPose.position.z));
  requestTurn(gentleTurn, playerPose.yaw, facing, 1.4, { from: playerPose.pitch, to: KNEEL_PITCH });
}

/** Back at the base, that night: Neo stands beside the console, Sparks's face lit from below by it. */
function returnToBase(): void {
  cancelTurn(gentleTurn);
  placePlayer(playerPose, NIGHT_SPOT, NIGHT_VIEW.yaw);
  playerPose.pitch = NIGHT_VIEW.pitch;
}

/** "It's over there": Neo turns to Ghost's old room, the processor seen through its doorway, as its lamp comes on. */
function lookToGhostRoom(): void {
  if (salvageStore.getState().settings.reduceMotion) return;
  const facing = Math.atan2(-(PROCESSOR[0] - playerPose.position.x), -(PROCESSOR[2] - playerPose.position.z));
  requestTurn(gentleTurn, playerPose.yaw, facing, 1.6, { from: playerPose.pitch, to: -0.05 });
}

export interface InterludeDirector extends SceneDirector {
  state: InterludeState;
}

/**
 * The interlude's logic: following the story, it turns the cues into the scene times the crane,
 * the boy and the lights move from, and turns or places the player where the story says (Neo
 * kneels; back at the base that night; a look to Ghost's room).
 */
export function createInterludeDirector(): InterludeDirector {
  const state = createInterludeState();
  const follow = () => {
    let first = true;
    const apply = () => {
      const taken = interludeStaging(storyIndex, salvageStore.getState().story);
      for (const cue of INTERLUDE_CUES) {
        if (!taken[cue] || state.at[cue] !== null) continue;
        state.at[cue] = first ? -100 : sceneClock.seconds;
        if (cue === 'kneel' && !first) kneel(state);
        if (cue === 'night' && !first) returnToBase();
      }
      if (state.ghostLitAt === null && ghostRoomNamed(storyIndex, salvageStore.getState().story)) {
        state.ghostLitAt = first ? -100 : sceneClock.seconds;
        if (!first) lookToGhostRoom();
      }
      first = false;
    };
    const unsubscribe = followStory(apply);
    return () => {
      unsubscribe();
      cancelTurn(gentleTurn);
    };
  };
  return { state, follow };
}
