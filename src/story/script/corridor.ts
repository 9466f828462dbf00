import type { SceneScript } from '../types';

/**
 * The hallway of doors, and the choice: what Neo holds out first, and whether he lets Smith
 * choose. A branch that rejoins the story's path sits just before the beat it rejoins; the
 * branches that end the story come last.
 */
export const corridorScript: SceneScript = {
  scene: 'corridor',
  title: 'The hallway of doors',
  description:
    'A long, narrow hallway lit a dim fluorescent green. Doors line both walls, and the walls themselves crawl with decay where the light falls. Some lamps flicker. Far down the hall, a man in a black suit leans against a door: Agent Smith.',
  narration: [
    'It seems as if age has reached this room, this one last sanctuary of the Matrix.',
    'The doors are still standing, but they look weathered, old and cracked and dead.',
    'Electricity hums through the straining lights, struggling to keep lit. Flies are trapped in them.',
    'This is the programming maintenance room, the last one to succumb to the glitches.',
  ],
  beats: [
    {
      id: 'corridor.arrival',
      gives: ['red-pill', 'blue-pill'],
      lines: [
        { speaker: 'narrator', text: 'This hallway is not the pristine white it always has been.' },
        { speaker: 'narrator', text: 'Watermarks on the ceiling. Cracks in the walls.' },
        { speaker: 'narrator', text: 'The doors are painted in imperfect, different shades of green.' },
        { speaker: 'narrator', text: 'The lights are dimmed, flickering.' },
        { speaker: 'narrator', text: 'A spider scuttles across the floor, out of place.' },
        { speaker: 'narrator', text: 'In his pockets, two pills: one red, one blue.' },
      ],
      then: { roam: true },
    },
    {
      id: 'corridor.greeting',
      lines: [
        { speaker: 'smith', text: "Well, well, if it isn't Mr. Anderson." },
        { speaker: 'narrator', text: 'Three doors down, a figure stands with his back pressed against a door,' },
        { speaker: 'narrator', text: 'as if this is the one last thing he can save.' },
        { speaker: 'neo', text: 'Smith.' },
        { speaker: 'narrator', text: 'They stand there in silence, neither wanting to break it.' },
      ],
      then: { beat: 'corridor.why' },
    },
    {
      id: 'corridor.why',
      lines: [
        { speaker: 'neo', text: 'Do you know why I did it?' },
        { speaker: 'narrator', text: 'He sees himself reflected in the sunglasses.' },
        { speaker: 'smith', text: 'You went through the other door because she was in danger.' },
        { speaker: 'narrator', text: 'Neo shakes his head.' },
        { speaker: 'smith', text: 'You did it because she was falling from a building, fighting an agent,' },
        { speaker: 'smith', text: 'and in your dreams, she would have died.' },
        { speaker: 'narrator', text: 'Smith leans against the wall, one hand pressed to his forehead,', cue: 'smith-leans', describe: 'Smith sags against the wall, a hand pressed to his forehead, his face hidden.' },
        { speaker: 'narrator', text: 'a stance that an Agent would never assume.' },
      ],
      then: { beat: 'corridor.other-door' },
    },
    {
      id: 'corridor.other-door',
      lines: [
        { speaker: 'neo', text: 'If the Matrix were destroyed, if I had chosen to go out the other door,' },
        { speaker: 'neo', text: 'the results would have been the same as the previous ones.' },
        { speaker: 'neo', text: 'The Matrix would rise up again, reconstruct itself,' },
        { speaker: 'neo', text: 'and the same thing would happen again, from the beginning.' },
        { speaker: 'neo', text: "Zion's forces had never been tested against such a huge force of Sentinels." },
        { speaker: 'neo', text: 'No one had ever done that before, because they thought the risk was too great.' },
        { speaker: 'narrator', text: 'Smith looks up.', cue: 'smith-looks-up', describe: 'Smith lifts his head; his mirrored sunglasses reflect the green light.' },
      ],
      then: { beat: 'corridor.offer' },
    },
    {
      id: 'corridor.offer',
      lines: [
        { speaker: 'narrator', text: 'His movements are jerky and irregular when he reaches into his pockets.' },
        { speaker: 'narrator', text: 'Two pills. Which does he hold out first?', cue: 'show-pills', describe: "Neo's open hand holds two pills: one red, one blue." },
      ],
      choices: [
        { id: 'red-first', label: 'Hold out the red pill', to: { beat: 'corridor.red' }, canonical: true },
        { id: 'blue-first', label: 'Hold out the blue pill', to: { beat: 'corridor.blue-first' } },
      ],
    },
    {
      id: 'corridor.red',
      lines: [
        { speaker: 'neo', text: 'This is what happened to me.', cue: 'hold-red', describe: 'Neo holds out the red pill on his open palm.' },
        {
          speaker: 'narrator',
          text: 'The little red pill gleams a faint orange in the dim light, like a drop of water.',
        },
        { speaker: 'smith', text: 'This is a tracking device.' },
        { speaker: 'neo', text: 'Take it. I want you to have it.' },
        { speaker: 'smith', text: 'Neo.' },
        { speaker: 'narrator', text: 'His voice has dropped to a low growl.' },
        { speaker: 'narrator', text: 'He takes two steps back, retreating into the shadows.', cue: 'smith-retreats', describe: 'Smith backs away from Neo into the dark between two lamps, until only his outline shows.' },
      ],
      then: { beat: 'corridor.blue' },
    },
    {
      id: 'corridor.blue',
      lines: [
        { speaker: 'neo', text: "Then if you won't... Here.", cue: 'hold-blue', describe: 'Neo holds out the blue pill on his open palm.' },
        { speaker: 'narrator', text: 'The other capsule is blue, and it is tinted green in the light.' },
        { speaker: 'narrator', text: 'The light flickers, and everything turns black for a second.', cue: 'blackout', describe: 'The corridor goes completely dark for a second, then the green light returns.' },
        { speaker: 'neo', text: "It will erase your memory of this, of everything that's happened." },
        { speaker: 'neo', text: 'Between us, everything will be like it used to.' },
        { speaker: 'neo', text: "We'll be enemies again." },
        { speaker: 'neo', text: "You'll forget me." },
        { speaker: 'narrator', text: 'He pulls back, defeated.', cue: 'lower-hand', describe: 'Neo lowers his hand, the pill still in it.' },
      ],
      then: { beat: 'corridor.question' },
    },
    {
      id: 'corridor.blue-first',
      lines: [
        { speaker: 'neo', text: 'Here.', cue: 'hold-blue', describe: 'Neo holds out the blue pill on his open palm.' },
        { speaker: 'narrator', text: 'The capsule is blue, and it is tinted green in the light.' },
        { speaker: 'narrator', text: 'The light flickers, and everything turns black for a second.', cue: 'blackout', describe: 'The corridor goes completely dark for a second, then the green light returns.' },
        { speaker: 'neo', text: "It will erase your memory of this, of everything that's happened." },
        { speaker: 'neo', text: "We'll be enemies again. You'll forget me." },
        { speaker: 'narrator', text: 'Smith does not take it.', cue: 'lower-hand', describe: 'Neo lowers his hand, the pill still in it.' },
      ],
      then: { beat: 'corridor.red-second' },
    },
    {
      id: 'corridor.red-second',
      lines: [
        { speaker: 'neo', text: 'Then this. This is what happened to me.', cue: 'hold-red', describe: 'Neo holds out the red pill on his open palm.' },
        { speaker: 'narrator', text: 'The red pill gleams a faint orange in the dim light, like a drop of water.' },
        { speaker: 'smith', text: 'This is a tracking device.' },
        { speaker: 'neo', text: 'Take it. I want you to have it.' },
        { speaker: 'smith', text: 'Neo.' },
        { speaker: 'narrator', text: 'He takes two steps back, retreating into the shadows.', cue: 'smith-retreats', describe: 'Smith backs away from Neo into the dark between two lamps, until only his outline shows.' },
      ],
      then: { beat: 'corridor.question' },
    },
    {
      id: 'corridor.question',
      lines: [
        { speaker: 'narrator', text: 'Smith steps out of the shadows, but he is looking at a door:', cue: 'smith-steps-out', describe: 'Smith comes back into the light, his face turned toward one of the doors.' },
        { speaker: 'narrator', text: 'the one at the end of the corridor, the one that the Keymaker opened.' },
        { speaker: 'smith', text: 'And will you take one as well?', cue: 'smith-faces-neo', describe: 'Smith turns and faces Neo.' },
        { speaker: 'neo', text: 'No.' },
        { speaker: 'narrator', text: 'He removes his glasses, and slips them into his coat pocket.' },
        { speaker: 'neo', text: "I won't forget anything. How can I afford to?" },
        { speaker: 'smith', text: 'Then you can stay here.' },
        { speaker: 'neo', text: "I can't." },
        { speaker: 'smith', text: 'And if I take the blue one?' },
        { speaker: 'smith', text: 'I would hate you again, and what purpose would that serve?', cue: 'show-pills', describe: "Neo's open hand holds two pills: one red, one blue." },
      ],
      choices: [
        {
          id: 'open-hand',
          label: 'Open your hand and let him choose',
          to: { beat: 'corridor.exchange' },
          canonical: true,
        },
        { id: 'press-blue', label: 'Press the blue pill on him', to: { beat: 'corridor.forgotten' } },
      ],
    },
    {
      id: 'corridor.exchange',
      takes: ['red-pill'],
      lines: [
        { speaker: 'narrator', text: 'Cool fingers on his wrist. Smith opens his clenched hand:', cue: 'smith-takes-wrist', describe: "Smith takes Neo's wrist and gently opens his fingers." },
        { speaker: 'narrator', text: "the red one, the blue one. It doesn't mean anything now." },
        { speaker: 'smith', text: 'I would just keep waiting for you, and you would never come back.' },
        { speaker: 'narrator', text: 'Only the electricity hums through the straining lights.' },
        { speaker: 'smith', text: 'Neo.' },
        { speaker: 'narrator', text: 'Neo puts his hand back in his pocket, only one pill left there.' },
        { speaker: 'neo', text: 'What?' },
        { speaker: 'smith', text: 'How will you find me?' },
        { speaker: 'neo', text: "I'll find you." },
        { speaker: 'narrator', text: 'He takes the pill out of his pocket, and looks at it.', cue: 'hold-blue', describe: 'Neo holds out the blue pill on his open palm.' },
        { speaker: 'narrator', text: "It's blue." },
      ],
      then: { scene: 'interlude' },
    },
    {
      id: 'corridor.forgotten',
      takes: ['blue-pill'],
      lines: [
        { speaker: 'narrator', text: "He presses the blue pill into Smith's palm, and closes the fingers over it.", cue: 'hold-blue', describe: 'Neo holds out the blue pill on his open palm.' },
        { speaker: 'narrator', text: 'The lights die, one after another, and do not come back.', cue: 'lights-die', describe: 'The lamps go out one by one down the corridor, until only darkness is left.' },
        { speaker: 'smith', text: 'Mr. Anderson.' },
        { speaker: 'narrator', text: 'Between them, everything will be like it used to. They will be enemies again.' },
      ],
      then: { ending: 'forgotten' },
    },
    {
      id: 'corridor.walk-away',
      lines: [
        { speaker: 'narrator', text: 'He turns away before it is done, and walks back to the door he came in by.' },
        { speaker: 'narrator', text: 'Both pills are still in his pocket.' },
        { speaker: 'narrator', text: "He does not look back. After this, he won't be able to find him anymore." },
      ],
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
