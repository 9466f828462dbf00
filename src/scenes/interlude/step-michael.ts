import type { Vector3 } from 'three';
import { act, type Acting } from '../../figures/act';
import type { Figure } from '../../figures/figure';
import { MICHAEL_EYES_ABOVE_HEAD } from '../../figures/michael';
import { cranePose, type CranePose } from './crane-timeline';
import { secondsSince, type InterludeState } from './interlude-state';

const hook: CranePose = { x: 0, y: 0, z: 0, holding: false, thrash: 0 };

/**
 * Michael this frame: dangling in the harness while the crane holds him, then on his feet with
 * the chip held up; grinning too wide for his face, eyes on whoever looks at him, his mouth
 * going while he gibbers.
 */
export function stepMichael(figure: Figure, acting: Acting, state: InterludeState, t: number, viewer: Vector3, speaking: boolean): void {
  cranePose(secondsSince(state.at['crane-lifts'], t), hook);
  const hanging = hook.holding ? 1 : 0;
  acting.layers.length = 0;
  acting.layers.push({ clip: 'lifted', weight: hanging }, { clip: 'hold-chip', weight: 1 - hanging });
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
