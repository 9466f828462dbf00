import type { SceneShape } from '../types';

/** The rescue ship, a boy and a chip; then Zion at night, and Ghost's old room. */
export const interludeShape: SceneShape = {
  scene: 'interlude',
  narration: 4,
  landmarks: ['consoles', 'crane-pit', 'ghosts-room'],
  beats: [
    {
      id: 'interlude.control-room',
      lines: [
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'crane-lifts', described: true },
        { speaker: 'narrator' },
        { speaker: 'michael' },
        { speaker: 'michael' },
        { speaker: 'narrator' },
      ],
      then: { roam: true },
    },
    {
      id: 'interlude.michael',
      lines: [
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'kneel', described: true },
        { speaker: 'neo' },
        { speaker: 'michael' },
        { speaker: 'neo' },
        { speaker: 'narrator' },
        { speaker: 'michael' },
        { speaker: 'michael' },
      ],
      choices: [
        { id: 'please', to: { beat: 'interlude.chip' }, canonical: true },
        { id: 'wait', to: { beat: 'interlude.wait' } },
      ],
    },
    {
      id: 'interlude.wait',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'michael' }],
      then: { beat: 'interlude.chip' },
    },
    {
      id: 'interlude.chip',
      gives: ['chip'],
      lines: [
        { speaker: 'neo', cue: 'chip-given', described: true },
        { speaker: 'michael' },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'michael' },
        { speaker: 'narrator', cue: 'michael-leaves', described: true },
      ],
      then: { beat: 'interlude.night-shift' },
    },
    {
      id: 'interlude.night-shift',
      lines: [
        { speaker: 'narrator', cue: 'night', described: true },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'sparks' },
        { speaker: 'neo' },
        { speaker: 'sparks' },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'sparks', described: true },
        { speaker: 'neo' },
      ],
      then: { scene: 'beach' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'interlude.control-room' },
    {
      on: { type: 'reach', zone: 'interlude.michael' },
      beat: 'interlude.michael',
      after: ['interlude.control-room'],
    },
  ],
};
