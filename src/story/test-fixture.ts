import { indexScript } from './script-index';
import type { StoryScript } from './types';

/**
 * A small story for the unit tests, independent of the real script (which changes as it is
 * written). Its canonical path:
 *
 *   construct.wake (scene-start, gives phone) -> construct.mirror (enter) -> construct.door
 *   (action) -> corridor.offer (scene-start; choice "take": gives red-pill, takes phone)
 *   -> corridor.taken (gives chip) -> beach.shore (scene-start) -> ending "found".
 *
 * Off that path: construct.turn-away (leave), construct.echo (time, unless the mirror),
 * corridor.refused (the non-canonical choice, ends "walked-away"), corridor.flee (leaving the
 * hall interrupts the offer, ends "walked-away").
 */
export const FIXTURE_SCRIPT: StoryScript = {
  firstScene: 'construct',
  scenes: [
    {
      scene: 'title',
      title: 'Title',
      description: 'A place.',
      narration: ['Before the walk.'],
      beats: [{ id: 'title.prologue', lines: [{ speaker: 'narrator', text: 'It begins.' }], then: { scene: 'construct' } }],
      triggers: [{ on: { type: 'scene-start' }, beat: 'title.prologue' }],
    },
    {
      scene: 'construct',
      title: 'The white room',
      description: 'A place.',
      narration: ['Everything is white.'],
      beats: [
        {
          id: 'construct.wake',
          lines: [
            { speaker: 'narrator', text: 'White, everywhere.' },
            { speaker: 'neo', text: 'Again.' },
          ],
          gives: ['phone'],
          then: { roam: true },
        },
        { id: 'construct.mirror', lines: [{ speaker: 'neo', text: 'That is not my face.' }] },
        { id: 'construct.turn-away', lines: [{ speaker: 'neo', text: 'Enough.' }], then: { roam: true } },
        { id: 'construct.door', lines: [{ speaker: 'narrator', text: 'The door opens.' }], then: { scene: 'corridor' } },
        { id: 'construct.echo', lines: [{ speaker: 'narrator', text: 'Something hums.' }], then: { roam: true } },
      ],
      triggers: [
        { on: { type: 'scene-start' }, beat: 'construct.wake' },
        { on: { type: 'reach', zone: 'construct.mirror' }, beat: 'construct.mirror' },
        { on: { type: 'leave', zone: 'construct.mirror' }, beat: 'construct.turn-away', after: ['construct.mirror'] },
        // `interrupts: false` spelled out: only `true` may cut into a beat.
        { on: { type: 'action', action: 'construct.door' }, beat: 'construct.door', after: ['construct.mirror'], interrupts: false },
        { on: { type: 'time', at: 10 }, beat: 'construct.echo', unless: ['construct.mirror'] },
      ],
    },
    {
      scene: 'corridor',
      title: 'The corridor',
      description: 'A place.',
      narration: ['A long corridor.'],
      beats: [
        {
          id: 'corridor.offer',
          lines: [
            { speaker: 'smith', text: 'Mister Anderson.' },
            { speaker: 'smith', text: 'Take it, or leave it.' },
            { speaker: 'neo', text: '...' },
          ],
          choices: [
            { id: 'take', label: 'Take it', to: { beat: 'corridor.taken' }, gives: ['red-pill'], takes: ['phone'], canonical: true },
            { id: 'refuse', label: 'Leave it', to: { beat: 'corridor.refused' }, gives: ['blue-pill'] },
          ],
          // Ignored: a beat with choices goes where the choice goes.
          then: { ending: 'forgotten' },
        },
        { id: 'corridor.taken', lines: [{ speaker: 'smith', text: 'Good.' }], gives: ['chip'], then: { scene: 'beach' } },
        { id: 'corridor.refused', lines: [{ speaker: 'neo', text: 'No.' }], takes: ['phone'], then: { ending: 'walked-away' } },
        { id: 'corridor.flee', lines: [{ speaker: 'narrator', text: 'He runs.' }], then: { ending: 'walked-away' } },
      ],
      triggers: [
        { on: { type: 'scene-start' }, beat: 'corridor.offer' },
        { on: { type: 'leave', zone: 'corridor.hall' }, beat: 'corridor.flee', unless: ['corridor.taken'], interrupts: true },
      ],
    },
    {
      scene: 'beach',
      title: 'The beach',
      description: 'A place.',
      narration: ['The sea.'],
      beats: [
        {
          id: 'beach.shore',
          lines: [
            { speaker: 'narrator', text: 'Waves.' },
            { speaker: 'neo', text: 'Found you.', delivery: 'whisper' },
          ],
          // Neo already holds the chip: giving it again must not duplicate it.
          gives: ['chip'],
          then: { ending: 'found' },
        },
      ],
      triggers: [{ on: { type: 'scene-start' }, beat: 'beach.shore' }],
    },
  ],
  endings: {
    found: { id: 'found', title: 'Found', closing: 'He found it.' },
    'walked-away': { id: 'walked-away', title: 'Walked away', closing: 'He walked away.' },
    // Required by the type; this fixture never reaches it.
    forgotten: { id: 'forgotten', title: 'Forgotten', closing: 'Never reached in the fixture.' },
  },
  items: {
    phone: { label: 'Phone', description: 'A phone.' },
    'red-pill': { label: 'Red pill', description: 'A red pill.' },
    'blue-pill': { label: 'Blue pill', description: 'A blue pill.' },
    chip: { label: 'Chip', description: 'A chip.' },
  },
};

export const FIXTURE_INDEX = indexScript(FIXTURE_SCRIPT);
