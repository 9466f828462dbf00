import type { SceneShape } from '../types';

/** Zion, before the jack-in: the prologue shown as captions on the title screen. */
export const titleShape: SceneShape = {
  scene: 'title',
  narration: 4,
  landmarks: [],
  beats: [
    {
      id: 'title.prologue',
      lines: [
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'link' },
        { speaker: 'neo' },
        { speaker: 'link' },
        { speaker: 'neo' },
        { speaker: 'narrator' },
      ],
      then: { scene: 'construct' },
    },
  ],
  triggers: [{ on: { type: 'scene-start' }, beat: 'title.prologue' }],
};
