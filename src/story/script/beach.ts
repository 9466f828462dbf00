import type { SceneShape } from '../types';

/** The construct in Ghost's old room: white, until Neo wills it into a beach. */
export const beachShape: SceneShape = {
  scene: 'beach',
  narration: 4,
  landmarks: ['sea', 'water-edge'],
  beats: [
    {
      id: 'beach.white',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'beach.shore',
      lines: [{ speaker: 'narrator', cue: 'white-gives-way', described: true }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'beach.touch',
      lines: [{ speaker: 'narrator', cue: 'smith-touch', described: true }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'neo' }, { speaker: 'narrator' }],
      choices: [{ id: 'sunglasses', to: { beat: 'beach.whisper' }, canonical: true }],
    },
    {
      id: 'beach.whisper',
      lines: [
        { speaker: 'narrator', cue: 'glasses-off', described: true },
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'whisper', described: true },
        { speaker: 'smith', delivery: 'whisper' },
      ],
      then: { ending: 'found' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'beach.white' },
    { on: { type: 'action', action: 'beach.will-change' }, beat: 'beach.shore', after: ['beach.white'] },
    { on: { type: 'reach', zone: 'beach.shoreline' }, beat: 'beach.touch', after: ['beach.shore'] },
  ],
};
