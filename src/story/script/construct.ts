import type { SceneShape } from '../types';

/** The white loading program: the player waits here while the next place loads. */
export const constructShape: SceneShape = {
  scene: 'construct',
  narration: 4,
  landmarks: [],
  beats: [
    {
      id: 'construct.jack-in',
      lines: [{ speaker: 'narrator' }, { speaker: 'link' }, { speaker: 'link' }],
      then: { roam: true },
    },
    {
      id: 'construct.threshold',
      lines: [{ speaker: 'link' }, { speaker: 'link' }, { speaker: 'link' }, { speaker: 'link' }],
      then: { scene: 'plaza' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'construct.jack-in' },
    {
      on: { type: 'reach', zone: 'construct.threshold' },
      beat: 'construct.threshold',
      after: ['construct.jack-in'],
    },
  ],
};
