import type { SceneScript } from '../types';

/** The white loading program: the player waits here while the next place loads. */
export const constructScript: SceneScript = {
  scene: 'construct',
  title: 'The loading program',
  description:
    'An endless white space: a white floor, white light, no walls and no horizon. You stand alone in it.',
  narration: [
    'White floor, white light, no horizon: the place a mind waits in while a world loads.',
    'He remembers the comfort of the chair, the familiarity of it.',
    "He feels the metal at the back of his head, and at the same time, he doesn't feel anything at all.",
    'Once everyone is saved, he thinks, nobody will need this anymore.',
  ],
  beats: [
    {
      id: 'construct.jack-in',
      lines: [
        { speaker: 'narrator', text: 'White, all around him. Somewhere, the clicking of keys.' },
        { speaker: 'link', text: "They're inside right now. It's a lot more exciting than it was before." },
        { speaker: 'link', text: 'Lots of freaky stuff.' },
      ],
      then: { roam: true },
    },
    {
      id: 'construct.threshold',
      lines: [
        { speaker: 'link', text: "Suit yourself. Trinity's in Central Park right now." },
        { speaker: 'link', text: 'You want me to jack you into New York?' },
        { speaker: 'link', text: "You'll have to fly two streets down, but watch out." },
        { speaker: 'link', text: 'Air traffic is heavy.' },
      ],
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
