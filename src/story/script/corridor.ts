import type { SceneShape } from '../types';

/**
 * The hallway of doors, and the choice: what Neo holds out first, and whether he lets Smith
 * choose. A branch that rejoins the story's path sits just before the beat it rejoins; the
 * branches that end the story come last.
 */
export const corridorShape: SceneShape = {
  scene: 'corridor',
  narration: 4,
  landmarks: ['entrance-door', 'far-end'],
  beats: [
    {
      id: 'corridor.arrival',
      gives: ['red-pill', 'blue-pill'],
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { roam: true },
    },
    {
      id: 'corridor.greeting',
      lines: [{ speaker: 'smith' }, { speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'neo' }, { speaker: 'narrator' }],
      then: { beat: 'corridor.why' },
    },
    {
      id: 'corridor.why',
      lines: [
        { speaker: 'neo' },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'smith' },
        { speaker: 'narrator', cue: 'smith-leans', described: true },
        { speaker: 'narrator' },
      ],
      then: { beat: 'corridor.other-door' },
    },
    {
      id: 'corridor.other-door',
      lines: [
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'narrator', cue: 'smith-looks-up', described: true },
      ],
      then: { beat: 'corridor.offer' },
    },
    {
      id: 'corridor.offer',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator', cue: 'show-pills', described: true }],
      choices: [
        { id: 'red-first', to: { beat: 'corridor.red' }, canonical: true },
        { id: 'blue-first', to: { beat: 'corridor.blue-first' } },
      ],
    },
    {
      id: 'corridor.red',
      lines: [
        { speaker: 'neo', cue: 'hold-red', described: true },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'neo' },
        { speaker: 'smith' },
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'smith-retreats', described: true },
      ],
      then: { beat: 'corridor.blue' },
    },
    {
      id: 'corridor.blue',
      lines: [
        { speaker: 'neo', cue: 'hold-blue', described: true },
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'blackout', described: true },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'narrator', cue: 'lower-hand', described: true },
      ],
      then: { beat: 'corridor.question' },
    },
    {
      id: 'corridor.blue-first',
      lines: [
        { speaker: 'neo', cue: 'hold-blue', described: true },
        { speaker: 'narrator' },
        { speaker: 'narrator', cue: 'blackout', described: true },
        { speaker: 'neo' },
        { speaker: 'neo' },
        { speaker: 'narrator', cue: 'lower-hand', described: true },
      ],
      then: { beat: 'corridor.red-second' },
    },
    {
      id: 'corridor.red-second',
      lines: [
        { speaker: 'neo', cue: 'hold-red', described: true },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'neo' },
        { speaker: 'smith' },
        { speaker: 'narrator', cue: 'smith-retreats', described: true },
      ],
      then: { beat: 'corridor.question' },
    },
    {
      id: 'corridor.question',
      lines: [
        { speaker: 'narrator', cue: 'smith-steps-out', described: true },
        { speaker: 'narrator' },
        { speaker: 'smith', cue: 'smith-faces-neo', described: true },
        { speaker: 'neo' },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'smith' },
        { speaker: 'neo' },
        { speaker: 'smith' },
        { speaker: 'smith', cue: 'show-pills', described: true },
      ],
      choices: [
        {
          id: 'open-hand',
          to: { beat: 'corridor.exchange' },
          canonical: true,
        },
        { id: 'press-blue', to: { beat: 'corridor.forgotten' } },
      ],
    },
    {
      id: 'corridor.exchange',
      takes: ['red-pill'],
      lines: [
        { speaker: 'narrator', cue: 'smith-takes-wrist', described: true },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'narrator' },
        { speaker: 'smith' },
        { speaker: 'narrator' },
        { speaker: 'neo' },
        { speaker: 'smith' },
        { speaker: 'neo' },
        { speaker: 'narrator', cue: 'hold-blue', described: true },
        { speaker: 'narrator' },
      ],
      then: { scene: 'interlude' },
    },
    {
      id: 'corridor.forgotten',
      takes: ['blue-pill'],
      lines: [
        { speaker: 'narrator', cue: 'hold-blue', described: true },
        { speaker: 'narrator', cue: 'lights-die', described: true },
        { speaker: 'smith' },
        { speaker: 'narrator' },
      ],
      then: { ending: 'forgotten' },
    },
    {
      id: 'corridor.walk-away',
      lines: [{ speaker: 'narrator' }, { speaker: 'narrator' }, { speaker: 'narrator' }],
      then: { ending: 'walked-away' },
    },
  ],
  triggers: [
    { on: { type: 'scene-start' }, beat: 'corridor.arrival' },
    { on: { type: 'reach', zone: 'corridor.smith' }, beat: 'corridor.greeting', after: ['corridor.arrival'] },
    {
      on: { type: 'reach', zone: 'corridor.entrance' },
      beat: 'corridor.walk-away',
      after: ['corridor.greeting'],
      unless: ['corridor.exchange', 'corridor.forgotten'],
      interrupts: true,
    },
  ],
};
