import type { SceneScript } from '../types';

/** Zion, before the jack-in: the prologue shown as captions on the title screen. */
export const titleScript: SceneScript = {
  scene: 'title',
  title: 'Zion, the control room',
  description:
    'A control room in Zion, lit by green screens. Through the window, the lamps of the last human city, deep underground.',
  narration: [
    'The lights of the last human city are still on. People still walk the narrow, industrial alleys.',
    'They talk about the rising price of grain, and the store that just opened nearby.',
    'Neo sits in his room, arms crossed on his chest. Trinity has been gone for fifteen days.',
    "He doesn't care, he thinks, and stands up, and leaves.",
  ],
  beats: [
    {
      id: 'title.prologue',
      lines: [
        { speaker: 'narrator', text: 'Zion is still standing.' },
        { speaker: 'narrator', text: 'There was the war, and then the peace.' },
        { speaker: 'narrator', text: 'The Matrix still exists, miles and miles long, its gears still humming.' },
        { speaker: 'narrator', text: 'It is the machines who are destroyed, the ones who maintained it.' },
        { speaker: 'narrator', text: 'And in their absence, the Matrix has started to deteriorate.' },
        { speaker: 'narrator', text: 'In its cities, people stand among the crumbling buildings,' },
        { speaker: 'narrator', text: 'and wait to be given their red pill.' },
        { speaker: 'narrator', text: 'Down by the ships, Link is working at a control station.' },
        { speaker: 'neo', text: 'Link, I need a favor.' },
        { speaker: 'link', text: 'Sure.' },
        { speaker: 'neo', text: 'Plug me into the Matrix.' },
        { speaker: 'link', text: "I thought you'd never want to see that thing again." },
        { speaker: 'neo', text: 'No. I need to finish something.' },
        { speaker: 'narrator', text: 'He closes his eyes.' },
      ],
      then: { scene: 'construct' },
    },
  ],
  triggers: [{ on: { type: 'scene-start' }, beat: 'title.prologue' }],
};
