import type { Vector3 } from 'three';
import { act, type Acting } from '../../figures/act';
import type { Figure } from '../../figures/figure';
import { MICHAEL_EYES_ABOVE_HEAD } from '../../figures/michael';
import { cranePose, type CranePose } from './crane-timeline';
import { secondsSince, type InterludeState } from './interlude-state';
import { boyOnFeet } from './boy-run';
import { createWalker, michaelLeaving } from './ushering';

const hook: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };
const leaving = createWalker();
const running = createWalker();

/**
 * Michael this frame: dangling in the harness while the crane holds him, then on his feet with
 * the chip held up (running up to Neo if he kneels far off), then walking out with the health workers; grinning too wide for his face, eyes on whoever looks at him, his mouth
 * going while he gibbers.
 */
export function stepMichael(figure: Figure, acting: Acting, state: InterludeState, t: number, viewer: Vector3, speaking: boolean): void {
  cranePose(secondsSince(state.at['crane-lifts'], t), hook);
  michaelLeaving(state.at['michael-leaves'] === null ? null : secondsSince(state.at['michael-leaves'], t), state.boy, leaving);
  boyOnFeet(state.boy, secondsSince(state.at.kneel, t), running);
  const hanging = hook.holding ? 1 : 0;
  const walking = leaving.walking || running.walking ? 1 : 0;
  acting.layers.length = 0;
  acting.layers.push({ clip: 'lifted', weight: hanging }, { clip: 'walk', weight: walking * (1 - hanging) }, { clip: 'hold-chip', weight: (1 - hanging) * (1 - walking) });
  acting.target = viewer;
  acting.look = hook.holding ? 0.4 : 1;
  acting.smile = 1;
  acting.surprise = hook.holding ? 0.5 : 0.15;
  acting.speaking = speaking;
  act(figure, acting, t, MICHAEL_EYES_ABOVE_HEAD, 2);
  // The grin shows even between words.
  const open = figure.skin.morphTargetDictionary?.mouthOpen;
  if (open !== undefined && figure.skin.morphTargetInfluences && !speaking) figure.skin.morphTargetInfluences[open] = 0.18;
}
